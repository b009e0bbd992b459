package org.verbatim.importer.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

	@Test
	void tokensAreUnicodeWordRunsWithCaseKept() {
		assertEquals(List.of("Xocalı", "2019", "don", "t", "Apple"), ShingleScore.tokens("Xocalı, 2019 — don't Apple!"));
	}

	@Test
	void identicalTextsScoreOneAndAreExactDespitePunctuation() {
		ShingleScore score = ShingleScore.of("One two, three four five.", "One two three four\nfive");
		assertEquals(new ShingleScore(2, 0, 0, true), score);
		assertEquals(1.0, score.precision());
		assertEquals(1.0, score.recall());
	}

	@Test
	void extraAndMissingShinglesCountAsFalsePositivesAndNegatives() {
		// gold a b c d e: shingles abcd, bcde; predicted b c d e f: bcde, cdef
		ShingleScore score = ShingleScore.of("b c d e f", "a b c d e");
		assertEquals(new ShingleScore(1, 1, 1, false), score);
		assertEquals(0.5, score.precision());
		assertEquals(0.5, score.recall());
	}

	@Test
	void shinglesAreAMultiset() {
		ShingleScore score = ShingleScore.of("a b c d a b c d", "a b c d");
		assertEquals(1, score.truePositives());
		assertEquals(4, score.falsePositives());
		assertEquals(0, score.falseNegatives());
	}

	@Test
	void shortTextsGiveOneShorterShingleAndEmptyTextsNone() {
		assertEquals(new ShingleScore(1, 0, 0, true), ShingleScore.of("a b", "a b"));
		ShingleScore nothing = ShingleScore.of("", "a b c d");
		assertEquals(new ShingleScore(0, 0, 1, false), nothing);
		assertFalse(nothing.countsForPrecision());
		assertTrue(nothing.countsForRecall());
	}

	@Test
	void summaryLeavesEmptyPredictionsOutOfPrecisionAndTakesF1OfTheMeans() {
		ShingleScore perfect = ShingleScore.of("a b c d e", "a b c d e");
		ShingleScore half = ShingleScore.of("b c d e f", "a b c d e");
		ShingleScore empty = ShingleScore.of("", "a b c d e");
		BenchmarkSummary summary = BenchmarkSummary.of(List.of(perfect, half, empty));
		assertEquals(3, summary.docs());
		assertEquals(0.75, summary.precision(), 1e-12);
		assertEquals(0.5, summary.recall(), 1e-12);
		assertEquals(2 * 0.75 * 0.5 / 1.25, summary.f1(), 1e-12);
		assertEquals(1.0 / 3, summary.accuracy(), 1e-12);
	}
}
