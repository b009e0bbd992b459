package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HeadlineGuessTest {

	@Test
	void seedsGetTheGoldTitles() throws Exception {
		Map<String, Optional<String>> gold = Seeds.goldTitles();
		assertEquals(5, gold.size(), "gold.json entries");
		for (Map.Entry<String, Optional<String>> entry : gold.entrySet()) {
			String text = Files.readString(Seeds.folder().resolve(entry.getKey()), UTF_8);
			assertEquals(entry.getValue(), HeadlineGuess.of(text), entry.getKey());
		}
		assertEquals(4, gold.values().stream().filter(Optional::isPresent).count(), "seeds with a gold title");
	}

	@Test
	void repeatedLineWinsOverAnEarlierHeadlineLikeLine() {
		String text = "Press Release From The Embassy Today\nOur Headline In Four\nbody text.\nOur Headline In Four\n";
		assertEquals(Optional.of("Our Headline In Four"), HeadlineGuess.of(text));
	}

	@Test
	void shortOrLabelLinesThatRepeatAreNotHeadlines() {
		String text = "Share\nTags:\nA long enough line that is the headline\nbody.\nShare\nTags:\n";
		assertEquals(Optional.of("A long enough line that is the headline"), HeadlineGuess.of(text));
	}

	@Test
	void sentencesLowerCaseAndShortLinesAreNotHeadlines() {
		assertEquals(Optional.empty(), HeadlineGuess.of("This line is a full sentence.\n"
				+ "lower case start of a long line\nShort Line Only\nIs this a question about it?\nRead more below:\n"));
	}

	@Test
	void surroundingWhiteSpaceAndLineEndsAreIgnored() {
		assertEquals(Optional.of("Headline With Five Words Here"),
				HeadlineGuess.of("\u00a0\r\n \t Headline With Five Words Here \u00a0\r\nbody.\r\n"));
	}

	@Test
	void emptyTextHasNoHeadline() {
		assertEquals(Optional.empty(), HeadlineGuess.of(""));
		assertEquals(Optional.empty(), HeadlineGuess.of("\n\n  \n"));
	}
}
