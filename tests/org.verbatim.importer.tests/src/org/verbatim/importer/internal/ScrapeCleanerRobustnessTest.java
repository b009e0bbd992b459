package org.verbatim.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;

class ScrapeCleanerRobustnessTest {

	@Test
	void emptyTextGivesAnEmptyStatement() {
		Extraction extraction = ScrapeSeedsTest.extract("");
		assertEquals("", extraction.cleanText());
		assertEquals(List.of(), extraction.removals());
		assertEquals(0, extraction.offsets().cleanLength());
	}

	@Test
	void blankTextGivesAnEmptyStatement() {
		assertEquals("", ScrapeSeedsTest.extract(" \n\r\n\t\u00a0\n").cleanText());
	}

	@Test
	void aSingleLineIsKeptWithoutItsSurroundingWhiteSpace() {
		String text = "  The ambassador said the memory of the victims lives on.  ";
		Extraction extraction = ScrapeSeedsTest.extract(text);
		assertEquals(text.strip(), extraction.cleanText());
		ScrapeSeedsTest.assertRoundTrip(text, extraction);
	}

	@Test
	void aMegabyteOnOneLineIsKeptWhole() {
		String line = "word ".repeat(200_000) + "end.";
		Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ScrapeSeedsTest.extract(line));
		assertEquals(line, extraction.cleanText());
		assertEquals(1, extraction.offsets().runs().size());
	}

	@Test
	void twoHundredThousandShortLinesAreCleanedInLinearTime() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 200_000; i++) {
			text.append(i % 50 == 0 ? "Share\n" : "Line " + i + " of the statement.\n");
		}
		String original = text.toString();
		Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> ScrapeSeedsTest.extract(original));
		assertEquals(4_000, extraction.removals().size(), "one share widget in fifty lines");
		assertTrue(extraction.removals().stream().allMatch(r -> "share-widget".equals(r.rule())));
		assertEquals(196_000, extraction.cleanText().lines().filter(line -> !line.isBlank()).count());
		ScrapeSeedsTest.assertRoundTrip(original, extraction);
	}

	@Test
	void windowsAndOldMacLineEndsCleanLikeUnixOnes() throws Exception {
		String unix = ScrapeSeedsTest.original("000_27967090eb5e547d.txt");
		Extraction expected = ScrapeSeedsTest.extract(unix);
		for (String lineEnd : List.of("\r\n", "\r")) {
			String original = unix.replace("\n", lineEnd);
			Extraction extraction = ScrapeSeedsTest.extract(original);
			assertEquals(expected.cleanText(), extraction.cleanText(), "line end " + lineEnd.replace("\r", "CR"));
			assertEquals(expected.removals().stream().map(Removal::rule).toList(),
					extraction.removals().stream().map(Removal::rule).toList());
			assertEquals(expected.metadata().title().orElseThrow().value(),
					extraction.metadata().title().orElseThrow().value());
			ScrapeSeedsTest.assertRoundTrip(original, extraction);
		}
	}
}
