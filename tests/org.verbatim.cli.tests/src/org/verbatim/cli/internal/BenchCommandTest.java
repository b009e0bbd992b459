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

/** {@code verbatim bench extraction} on the real benchmark, found beside the checkout. */
class BenchCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Cli cli = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
				throw new AssertionError("bench needs no store");
			}, () -> {
				throw new AssertionError("bench needs no importer");
			}));

	@Test
	void benchExtractionPrintsTheFiguresOfAllPagesAsJson() {
		assertEquals(0, cli.run("bench", "extraction", "--json"), err.toString(StandardCharsets.UTF_8));
		String json = out.toString(StandardCharsets.UTF_8).trim();
		assertTrue(json.startsWith("{\"docs\":181,\"f1\":"), json);
		Matcher f1 = Pattern.compile("\"heldout_f1\":([0-9.]+)").matcher(json);
		assertTrue(f1.find(), json);
		double heldOut = Double.parseDouble(f1.group(1));
		assertTrue(heldOut > 0.5 && heldOut <= 1, json);
		for (String key : new String[] {"title_accuracy", "date_accuracy", "dev_title_accuracy", "heldout_date_accuracy"}) {
			Matcher accuracy = Pattern.compile("\"" + key + "\":([0-9.]+)").matcher(json);
			assertTrue(accuracy.find(), key + " in " + json);
			double value = Double.parseDouble(accuracy.group(1));
			assertTrue(value > 0.3 && value <= 1, key + " in " + json);
		}
		assertTrue(json.contains("\"title_date_docs\":181"), json);
	}

	@Test
	void benchExtractionPrintsATableWithDevHeldOutAndAll() {
		assertEquals(0, cli.run("bench", "extraction"));
		String table = out.toString(StandardCharsets.UTF_8);
		assertTrue(table.contains("PRECISION") && table.contains("TITLE") && table.contains("DATE"), table);
		assertTrue(table.lines().anyMatch(l -> l.matches("all\\s+181\\s.*\\s[01]\\.\\d{3}\\s+[01]\\.\\d{3}")), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("held-out ")), table);
		assertTrue(table.lines().anyMatch(l -> l.matches("all\\s+181\\s.*")), table);
	}

	@Test
	void aFolderWithoutBenchmarkIsBadInputAndAnUnknownBenchmarkAUsageError() {
		assertEquals(1, cli.run("bench", "extraction", temp.toString()));
		assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not an extraction benchmark"));
		assertEquals(2, cli.run("bench", "teleport"));
		assertEquals(2, cli.run("bench"));
	}
}
