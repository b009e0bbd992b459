package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim verify} and {@code bench verify}: exit statuses, named problems, JSON. */
class VerifyCommandTest {

	@TempDir
	Path temp;

	private SeedsSession session;
	private Path project;

	@BeforeEach
	void importSeeds() {
		session = new SeedsSession(temp.resolve("project"));
		project = Path.of(session.project);
	}

	private int run(String... args) {
		return session.run(args);
	}

	private String out() {
		return session.out();
	}

	private String err() {
		return session.err();
	}

	@Test
	void aFreshProjectVerifiesWithExitZero() {
		assertEquals(0, run("verify", "--project", project.toString()), err());
		List<String> lines = out().lines().toList();
		assertEquals(1, lines.size(), out());
		assertTrue(lines.get(0).matches("Verified: 5 records, 5 originals, 5 statements checked in [0-9.]+ s; head hash [0-9a-f]{64}"),
				out());
		assertEquals("", err());
		assertEquals(0, run("verify", "--project", project.toString(), "--json"));
		assertTrue(out().startsWith("{\"passed\":true,\"records\":5,\"originals\":5,\"statements\":5,\"head_hash\":\""), out());
		assertTrue(out().contains("\"problems\":[]"), out());
	}

	@Test
	void aFlippedByteOfAnOriginalExitsFourAndNamesIt() throws Exception {
		Path file;
		try (var files = Files.walk(project.resolve("originals"))) {
			file = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[0] ^= 1;
		Files.write(file, bytes);
		String sha = file.getFileName().toString();
		assertEquals(Cli.EXIT_VERIFY_FAILED, run("verify", "--project", project.toString()));
		List<String> lines = out().lines().toList();
		assertEquals(2, lines.size(), out());
		assertTrue(lines.get(0).startsWith("original " + sha + ": (the original of S"), lines.get(0));
		assertTrue(lines.get(0).contains("damaged"), lines.get(0));
		assertTrue(lines.get(1).startsWith("1 problem found: 5 records"), lines.get(1));
		assertEquals(List.of("verbatim: " + project + " failed verification: 1 problem (listed above)"),
				err().lines().toList());

		assertEquals(Cli.EXIT_VERIFY_FAILED, run("verify", "--project", project.toString(), "--json"));
		assertTrue(out().startsWith("{\"passed\":false,"), out());
		assertTrue(out().contains("\"problems\":[{\"subject\":\"original " + sha + "\",\"check\":\"original\",\"message\":\""),
				out());
	}

	@Test
	void aMissingProjectIsBadInputAndAnOperandAUsageError() {
		assertEquals(1, run("verify", "--project", temp.resolve("nowhere").toString()));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("does not exist"), err());
		assertEquals(2, run("verify", "--project", project.toString(), "S1"));
		assertEquals(2, run("verify"));
	}

	@Test
	void benchVerifyPrintsStatementsAndSecondsAsJson() {
		assertEquals(0, run("bench", "verify", "--statements", "300", "--work", temp.toString(), "--json"), err());
		Matcher m = Pattern.compile("^\\{\"statements\":300,\"verify_s\":([0-9.]+),\"records\":300,\"originals\":300,"
				+ "\"problems\":0,").matcher(out());
		assertTrue(m.find(), out());
		assertEquals(2, run("bench", "verify", "--statements", "0"));
		assertEquals(2, run("bench", "import", "--statements", "10"));
	}
}
