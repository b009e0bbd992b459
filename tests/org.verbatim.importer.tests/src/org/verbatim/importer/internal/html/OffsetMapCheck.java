package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.verbatim.core.OffsetMap;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;

/**
 * Checks an extraction against the decoded original it came from: every COPY run is the original
 * character for character, every REPLACE run is either a character reference that decodes to the
 * clean text or a separator that stands for white space and tags only, and every removal lies
 * inside the original.
 */
final class OffsetMapCheck {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private OffsetMapCheck() {
	}

	static void assertMapsBack(String name, String original, Extraction extraction) {
		String clean = extraction.cleanText();
		assertEquals(clean.length(), extraction.offsets().cleanLength(), name + ": map length");
		for (OffsetMap.Run run : extraction.offsets().runs()) {
			String cleanPart = clean.substring(run.cleanStart(), run.cleanEnd());
			assertTrue(run.originalEnd() <= original.length(), name + ": run past the end " + run);
			String originalPart = original.substring(run.originalStart(), run.originalEnd());
			if (run.kind() == OffsetMap.Run.Kind.COPY) {
				assertEquals(originalPart, cleanPart, name + ": COPY run " + run);
			} else if (cleanPart.isBlank()) {
				String rest = Parser.unescapeEntities(TAG.matcher(originalPart).replaceAll(""), false);
				assertTrue(rest.chars().allMatch(c -> CleanTextWriter.isSpace((char) c)),
						name + ": separator " + run + " stands for more than white space and tags: '" + originalPart + "'");
			} else {
				assertEquals(cleanPart, Parser.unescapeEntities(originalPart, false), name + ": REPLACE run " + run);
			}
		}
		for (Removal removal : extraction.removals()) {
			assertTrue(removal.originalEnd() <= original.length(), name + ": removal past the end " + removal);
		}
	}
}
