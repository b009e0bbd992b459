package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Sha256;

/** The pages of the import benchmark: distinct, real-sized, the same on every run. */
class ImportCorpusTest {

	private static final ImportCorpus CORPUS = read();

	@Test
	void pagesOfOneBaseDifferInBytesAndOnlyByTheirSentence() {
		int bases = CORPUS.bases().size();
		assertEquals(181, bases);
		Set<String> hashes = new HashSet<>();
		for (int i = 0; i < 3 * bases; i++) {
			assertTrue(hashes.add(Sha256.hex(CORPUS.page(i))), "page " + i + " repeats an earlier page");
		}
		String first = new String(CORPUS.page(7), UTF_8);
		String copy = new String(CORPUS.page(7 + bases), UTF_8);
		assertTrue(first.contains("Page 7 of the import benchmark, copy 1 of real page 7. "), first);
		assertEquals(first.replace("Page 7 of the import benchmark, copy 1", ""),
				copy.replace("Page " + (7 + bases) + " of the import benchmark, copy 2", ""));
	}

	@Test
	void theSentenceOpensTheFirstParagraphOrElseTheBody() {
		Pattern paragraph = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
		Pattern body = Pattern.compile("<body[\\s>]", Pattern.CASE_INSENSITIVE);
		int inParagraphs = 0;
		for (int i = 0; i < CORPUS.bases().size(); i++) {
			String page = new String(CORPUS.page(i), UTF_8);
			Matcher tag = paragraph.matcher(page);
			if (tag.find()) {
				inParagraphs++;
			} else {
				tag = body.matcher(page);
				assertTrue(tag.find(), "page " + i + " has neither a paragraph nor a body");
			}
			assertEquals(page.indexOf('>', tag.start()) + 1, page.indexOf("Page " + i + " of the import benchmark"),
					"page " + i);
		}
		assertTrue(inParagraphs > CORPUS.bases().size() / 2, inParagraphs + " pages with a paragraph");
	}

	private static Path benchmarkFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("extraction").resolve("scrapinghub-aeb");
			if (Files.isDirectory(candidate.resolve("html"))) {
				return candidate;
			}
		}
		throw new AssertionError("no shared/data/extraction/scrapinghub-aeb above " + Path.of("").toAbsolutePath());
	}

	@Test
	void aCorpusKeepingSomeBasesMakesItsPagesFromThoseOnly() {
		ImportCorpus kept = CORPUS.keeping(base -> base.name().startsWith("0"));
		assertTrue(kept.bases().size() > 1 && kept.bases().size() < CORPUS.bases().size(), kept.bases().size() + " kept");
		String second = kept.bases().get(1).html();
		String page = new String(kept.page(1 + kept.bases().size()), UTF_8);
		String sentence = "Page " + (1 + kept.bases().size()) + " of the import benchmark, copy 2 of real page 1. ";
		assertEquals(second, page.replace(sentence, ""));
	}

	@Test
	void writtenPagesAreThePagesWithSortedNames(@TempDir Path folder) throws IOException {
		long bytes = CORPUS.write(folder, 12);
		try (Stream<Path> files = Files.list(folder).sorted()) {
			int i = 0;
			long total = 0;
			for (Path file : files.toList()) {
				assertEquals(ImportCorpus.fileName(i), file.getFileName().toString());
				assertArrayEquals(CORPUS.page(i), Files.readAllBytes(file));
				total += Files.size(file);
				i++;
			}
			assertEquals(12, i);
			assertEquals(total, bytes);
		}
		assertTrue(bytes > 12 * 10_000, "real-sized pages, not stubs: " + bytes);
	}

	private static ImportCorpus read() {
		try {
			return ImportCorpus.read(benchmarkFolder());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
