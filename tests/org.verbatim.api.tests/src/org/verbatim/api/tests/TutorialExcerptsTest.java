package org.verbatim.api.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-plugin.md cannot drift from the sample plugin: every code block in it (other than
 * shell commands) is announced by {@code <!-- excerpt: PATH -->} and must stand, line for line, in
 * that file of the repository.
 */
class TutorialExcerptsTest {

	private static final String MARKER = "<!-- excerpt: ";

	/** One code block of the tutorial and the file it claims to quote. */
	record Excerpt(int line, String file, List<String> lines) {
	}

	private static Path repository() {
		String path = System.getProperty("verbatim.repository");
		assertTrue(path != null, "the build passes -Dverbatim.repository (tests/org.verbatim.api.tests/pom.xml)");
		return Path.of(path).toAbsolutePath().normalize();
	}

	/** The tutorial's code blocks; a block that is not a shell command without a marker fails. */
	static List<Excerpt> excerpts(List<String> doc) {
		List<Excerpt> excerpts = new ArrayList<>();
		for (int i = 0; i < doc.size(); i++) {
			String line = doc.get(i);
			if (!line.startsWith("```")) {
				continue;
			}
			String language = line.substring(3).strip();
			int end = i + 1;
			while (end < doc.size() && !doc.get(end).startsWith("```")) {
				end++;
			}
			String before = i > 0 ? doc.get(i - 1) : "";
			if (before.startsWith(MARKER)) {
				String file = before.substring(MARKER.length(), before.indexOf(" -->")).strip();
				excerpts.add(new Excerpt(i + 1, file, doc.subList(i + 1, end)));
			} else if (!language.equals("sh")) {
				fail("writing-a-plugin.md line " + (i + 1) + ": a code block without '" + MARKER
						+ "PATH -->' before it; name the file it quotes (only sh blocks may stand alone)");
			}
			i = end;
		}
		return excerpts;
	}

	/** Whether {@code part} stands in {@code whole} as consecutive lines. */
	static boolean contains(List<String> whole, List<String> part) {
		return part.isEmpty() || java.util.Collections.indexOfSubList(whole, part) >= 0;
	}

	@Test
	void everyCodeExcerptOfTheTutorialIsInTheSampleSource() throws IOException {
		Path repository = repository();
		List<String> doc = Files.readAllLines(repository.resolve("docs/writing-a-plugin.md"), UTF_8);
		List<Excerpt> excerpts = excerpts(doc);
		assertTrue(excerpts.size() >= 8, "the tutorial quotes the sample: " + excerpts.size() + " excerpts found");
		List<String> stale = new ArrayList<>();
		for (Excerpt excerpt : excerpts) {
			Path file = repository.resolve(excerpt.file());
			if (!Files.isRegularFile(file)) {
				stale.add("line " + excerpt.line() + ": " + excerpt.file() + " does not exist");
			} else if (!contains(Files.readAllLines(file, UTF_8), excerpt.lines())) {
				stale.add("line " + excerpt.line() + ": the block is no longer in " + excerpt.file()
						+ "; copy the current code into docs/writing-a-plugin.md");
			}
		}
		assertEquals(List.of(), stale, "stale excerpts in docs/writing-a-plugin.md");
	}

	@Test
	void aChangedExcerptIsFound() {
		List<String> source = List.of("a", "\tb();", "c");
		assertTrue(contains(source, List.of("\tb();", "c")));
		assertTrue(!contains(source, List.of("\tb(1);", "c")), "a changed line is not in the source");
		assertTrue(!contains(source, List.of("a", "c")), "lines must be consecutive");
		List<Excerpt> found = excerpts(List.of("text", MARKER + "x/Y.java -->", "```java", "\tb();", "```", "```sh",
				"./mvnw", "```"));
		assertEquals(List.of(new Excerpt(3, "x/Y.java", List.of("\tb();"))), found);
	}
}
