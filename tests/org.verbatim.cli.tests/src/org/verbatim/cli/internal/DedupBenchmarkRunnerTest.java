package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupBenchmarkRunnerTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
				throw new AssertionError("bench dedup needs no project store");
			}, () -> {
				throw new AssertionError("bench dedup needs no importer");
			});

	@Test
	void jsonHasTheMeasuredFiguresOnOneLine() {
		Path shared = Seeds.directory().getParent();
		assertEquals(Cli.EXIT_OK, DedupBenchmarkRunner.run(console, true, shared));
		String json = out.toString(StandardCharsets.UTF_8).strip();
		assertTrue(json.startsWith("{\"groups\":") && !json.contains("\n"), json);
		for (String key : new String[] { "documents", "pairwise_precision", "pairwise_recall", "f1", "candidate_pairs",
				"all_pairs", "ms_per_doc", "dev", "held_out" }) {
			assertTrue(json.contains("\"" + key + "\":"), key + " in " + json);
		}
		Matcher precision = Pattern.compile("^\\{.*?\"pairwise_precision\":([0-9.]+)").matcher(json);
		assertTrue(precision.find(), json);
		assertTrue(Double.parseDouble(precision.group(1)) >= 0.95, json);
	}

	@Test
	void tableNamesEveryPart() {
		assertEquals(Cli.EXIT_OK, DedupBenchmarkRunner.run(console, false, Seeds.directory().getParent()));
		String table = out.toString(StandardCharsets.UTF_8);
		assertTrue(table.contains("\ndev ") && table.contains("\nheld-out ") && table.contains("\nall "), table);
	}

	@Test
	void missingDataIsOneLineAndBadInput(@TempDir Path empty) {
		assertEquals(Cli.EXIT_BAD_INPUT, DedupBenchmarkRunner.run(console, true, empty));
		String problem = err.toString(StandardCharsets.UTF_8);
		assertTrue(problem.startsWith("verbatim: bench dedup: cannot read") && problem.strip().lines().count() == 1,
				problem);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}
}
