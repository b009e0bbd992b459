package org.verbatim.importer.internal.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PairwiseScoreTest {

	@Test
	void countsPairsOfAHandMadeGrouping() {
		// Truth: {0,1} and {2,3,4}. Detected: {0,1,2} and {3,4}.
		PairwiseScore score = PairwiseScore.of(List.of(1, 1, 1, 2, 2), List.of("a", "a", "b", "b", "b"));
		assertEquals(4, score.predictedPairs()); // 01 02 12 34
		assertEquals(4, score.truePairs()); // 01 23 24 34
		assertEquals(2, score.correctPairs()); // 01 34
		assertEquals(0.5, score.precision(), 1e-12);
		assertEquals(0.5, score.recall(), 1e-12);
		assertEquals(0.5, score.f1(), 1e-12);
	}

	@Test
	void groupingNothingHasFullPrecisionAndNoRecall() {
		PairwiseScore score = PairwiseScore.of(List.of(1, 2, 3), List.of("a", "a", "b"));
		assertEquals(1.0, score.precision());
		assertEquals(0.0, score.recall());
		assertEquals(0.0, score.f1());
	}

	@Test
	void groupingEverythingFindsEveryPairAtLowPrecision() {
		PairwiseScore score = PairwiseScore.of(List.of(7, 7, 7, 7), List.of("a", "a", "b", "c"));
		assertEquals(1.0, score.recall());
		assertEquals(1 / 6.0, score.precision(), 1e-12);
	}

	@Test
	void refusesPredictionsOfAnotherLength() {
		assertThrows(IllegalArgumentException.class, () -> PairwiseScore.of(List.of(1), List.of("a", "b")));
	}
}
