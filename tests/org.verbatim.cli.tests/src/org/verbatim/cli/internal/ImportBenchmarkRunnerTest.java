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
import org.verbatim.store.internal.SqliteProjectStore;

/** {@code verbatim bench import} with few pages: the figures are there and every page became a statement. */
class ImportBenchmarkRunnerTest {

	private static final int DOCS = 60;

	@TempDir
	Path work;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), SqliteProjectStore::new, () -> {
				throw new AssertionError("bench import uses its own pipeline");
			});

	@Test
	void jsonHasPositiveFiguresAndAStatementForEveryPageAndTheTemporaryFolderIsGone() throws IOException {
		assertEquals(Cli.EXIT_OK, ImportBenchmarkRunner.run(console, true, benchmark(), DOCS, console.store(), work),
				err.toString(StandardCharsets.UTF_8));
		String json = out.toString(StandardCharsets.UTF_8).strip();
		assertTrue(json.startsWith("{\"docs\":" + DOCS + ",") && !json.contains("\n"), json);
		for (String key : new String[] { "mb", "real_pages", "clean_text_million_chars", "extract_pages_per_s",
				"extract_mb_per_s", "extract_ms_per_page", "end_to_end_pages_per_s", "end_to_end_mb_per_s",
				"end_to_end_store_ms_per_page", "end_to_end_rest_ms_per_page", "heap_mb_at_25", "heap_mb_at_50",
				"heap_mb_at_75", "heap_mb_at_100", "project_mb", "end_to_end_without_provenance_pages_per_s" }) {
			assertTrue(number(json, key) > 0, key + " in " + json);
		}
		assertEquals(DOCS, number(json, "statements"), json);
		assertEquals(DOCS, number(json, "imported"), json);
		assertEquals(0, number(json, "not_imported"), json);
		assertTrue(json.contains("\"provenance_overhead_percent\":"), "with and without the provenance log: " + json);
		// real-sized pages: the benchmark's pages are some 170 kB on average
		assertTrue(number(json, "mb") > DOCS * 0.05, json);
		try (Stream<Path> left = Files.list(work)) {
			assertEquals(0, left.count(), "the pages and the project are deleted");
		}
	}

	@Test
	void tableSaysWhatEndToEndCoversAndNamesTheStatements() {
		assertEquals(Cli.EXIT_OK, ImportBenchmarkRunner.run(console, false, benchmark(), 8, console.store(), work));
		String table = out.toString(StandardCharsets.UTF_8);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("extraction alone ")), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("end to end ")), table);
		// this test's store has no index service listening (the product's has: see README)
		assertTrue(table.contains("End to end has no search index"), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("end to end (read, decode, extract, store) ")), table);
		assertTrue(table.contains("Project: 8 statements"), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("end to end without the provenance log ")), table);
		assertTrue(table.contains("Provenance log: ") && table.contains("end-to-end time with it against without"), table);
	}

	@Test
	void aFolderWithoutPagesIsOneLineOfBadInputAndLeavesNothingBehind(@TempDir Path empty) throws IOException {
		Files.createDirectory(empty.resolve("html"));
		assertEquals(Cli.EXIT_BAD_INPUT, ImportBenchmarkRunner.run(console, true, empty, 5, console.store(), work));
		String problem = err.toString(StandardCharsets.UTF_8);
		assertTrue(problem.startsWith("verbatim: bench import: ") && problem.strip().lines().count() == 1, problem);
		try (Stream<Path> left = Files.list(work)) {
			assertEquals(0, left.count(), "the temporary folder is deleted after a failure too");
		}
	}

	@Test
	void docsIsAWholeNumberOfPagesForBenchImportOnly() {
		Cli cli = Cli.standard(console);
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "import", "--docs", "0"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "import", "--docs", "many"));
		assertEquals(Cli.EXIT_USAGE, cli.run("bench", "extraction", "--docs", "10"));
	}

	private static double number(String json, String key) {
		Matcher m = Pattern.compile("\"" + key + "\":([0-9.Ee-]+)").matcher(json);
		assertTrue(m.find(), key + " in " + json);
		return Double.parseDouble(m.group(1));
	}

	private static Path benchmark() {
		return Seeds.directory().resolveSibling("data").resolve("extraction").resolve("scrapinghub-aeb");
	}
}
