package org.verbatim.search.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.index.internal.OpenProjectIndexes;
import org.verbatim.search.internal.LuceneSearchService;
import org.verbatim.search.internal.bench.BenchQuery.Kind;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * {@code bench search} on a few hundred documents: every figure is there and sane, and Verbatim and
 * plain Lucene find the same number of hits for every plain term query (a harness that fed them
 * different documents or queries would not).
 */
class SearchBenchmarkTest {

	private static final int DOCS = 500;

	private static final int QUERIES = 200;

	@TempDir
	Path work;

	@Test
	void tinyRunHasEveryFigureAndBothSystemsAgreeOnTermHits() throws BenchmarkFailure, IOException {
		Path corpus = EuroparlCorpus.inLocalRepository().orElseThrow(() -> new AssertionError(
				"the Europarl corpus is not in the local Maven repository; run " + EuroparlCorpus.FETCH_COMMAND));
		// wired as in the application: the index follows the store's changes, the search uses the index
		OpenProjectIndexes indexes = new OpenProjectIndexes();
		SqliteProjectStore store = new SqliteProjectStore();
		store.addListener(indexes);
		SearchBenchmark.Result result = SearchBenchmark.run(new SearchBenchmark.Options(corpus, DOCS, QUERIES, 7),
				store, new LuceneSearchService(indexes), work, BenchProgress.SILENT);

		assertEquals(DOCS, result.statements());
		assertTrue(result.corpusLines() > 17_000, "lines: " + result.corpusLines());
		assertTrue(result.termQueries() > 10, "term queries: " + result.termQueries());
		assertEquals(0, result.termMismatches(), String.join("; ", result.mismatches()));
		assertTrue(result.verbatim().termHits() > 0, "term queries found nothing");
		assertEquals(result.baseline().termHits(), result.verbatim().termHits());
		assertEquals(QUERIES, result.kinds().values().stream().mapToInt(Integer::intValue).sum());
		assertEquals(Set.of(Kind.values()), result.kinds().keySet(), "every kind of query is in the mix");
		for (SearchBenchmark.SystemFigures figures : List.of(result.verbatim(), result.baseline())) {
			assertTrue(figures.indexNanos() > 0 && figures.indexBytes() > 0, figures.toString());
			Latencies all = figures.all();
			assertEquals(QUERIES, all.count());
			assertTrue(0 < all.p50Nanos() && all.p50Nanos() <= all.p90Nanos() && all.p90Nanos() <= all.p99Nanos()
					&& all.p99Nanos() <= all.maxNanos(), all.toString());
		}
		assertTrue(result.storeNanos() > 0 && result.projectBytes() > 0 && result.storeIndexed());
		assertTrue(result.indexRatio() > 0 && result.p99Ratio() > 0);
		assertTrue(result.heapPeakBytes() > 0 && result.heapPeakBytes() <= result.maxHeapBytes(),
				result.heap().toString());
		assertEquals(List.of("store", "verbatim index", "baseline index", "warm-up", "search"),
				result.heap().stream().map(SearchBenchmark.HeapPeak::phase).toList());
		try (Stream<Path> left = Files.list(work)) {
			assertEquals(0, left.count(), "the project and both indexes are deleted");
		}
	}

	@Test
	void documentsAreDistinctUpToTheSquareOfTheLinesAndTheSameForTheSameSeed() throws IOException {
		EuroparlCorpus corpus = EuroparlCorpus.read(lines(work.resolve("lines.txt.gz"), 3));
		BenchDocuments documents = new BenchDocuments(corpus, 1);
		assertEquals(9, documents.distinctLimit());
		Set<String> texts = new HashSet<>();
		for (int i = 0; i < 9; i++) {
			assertTrue(texts.add(documents.document(i).text()), "document " + i + " repeats an earlier one");
		}
		assertEquals(documents.document(4), new BenchDocuments(corpus, 1).document(4));
		assertNotEquals(documents.document(4).issued(), new BenchDocuments(corpus, 2).document(4).issued());
		assertEquals("en", documents.document(0).language());
	}

	@Test
	void theSameSeedDrawsTheSameQueriesAndAnotherSeedOthers() throws IOException {
		EuroparlCorpus corpus = EuroparlCorpus.read(lines(work.resolve("lines.txt"), 40));
		assertEquals(QueryMix.draw(corpus, 3, 50), QueryMix.draw(corpus, 3, 50));
		assertNotEquals(QueryMix.draw(corpus, 3, 50), QueryMix.draw(corpus, 4, 50));
	}

	@Test
	void aFileWithoutLinesIsRefusedNamingWhatIsMissing() throws IOException {
		Path empty = Files.writeString(work.resolve("empty.txt"), "no tabs here\n", UTF_8);
		IOException refused = assertThrows(IOException.class, () -> EuroparlCorpus.read(empty));
		assertTrue(refused.getMessage().contains("title<TAB>date<TAB>text"), refused.getMessage());
	}

	/** A lines file of {@code count} English lines, gzip'd when its name ends with .gz. */
	private static Path lines(Path file, int count) throws IOException {
		StringBuilder text = new StringBuilder();
		String[] subjects = { "the committee", "the council", "the commission", "this house", "the rapporteur" };
		String[] verbs = { "welcomes", "rejects", "amends", "debates", "supports" };
		String[] objects = { "fisheries quota", "budget proposal", "climate directive", "asylum reform", "trade agreement" };
		// each in a tenth of forty lines, so that the query mix has words to draw
		String[] topics = { "tuna", "wheat", "steel", "coal", "wine", "dairy", "sugar", "cotton", "timber", "salmon",
				"olive", "tobacco", "rice", "barley", "cocoa", "coffee", "copper", "nickel", "maize", "hemp" };
		for (int i = 0; i < count; i++) {
			text.append("Debate ").append(i).append("\t2004-03-").append(10 + i % 20).append('\t');
			for (int s = 0; s < 6; s++) {
				text.append(subjects[(i + s) % subjects.length]).append(' ').append(verbs[(i * 3 + s) % verbs.length])
						.append(" the ").append(objects[(i * 7 + s) % objects.length]).append(" and that is ")
						.append(i % 2 == 0 ? "important" : "necessary").append(". ");
			}
			text.append("Consider ").append(topics[i % topics.length]).append(" with ")
					.append(topics[(i + 7) % topics.length]).append(".\n");
		}
		try (OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
				: Files.newOutputStream(file)) {
			out.write(text.toString().getBytes(UTF_8));
		}
		return file;
	}
}
