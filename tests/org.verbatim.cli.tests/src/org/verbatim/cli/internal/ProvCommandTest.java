package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim prov} on a project made from the seeds: lineage text and JSON, exports, errors. */
class ProvCommandTest {

	@TempDir
	Path temp;

	private SeedsSession session;
	private String project;

	@BeforeEach
	void importSeeds() {
		session = new SeedsSession(temp.resolve("p"));
		project = session.project;
	}

	private int run(String... args) {
		return session.run(args);
	}

	private String out() {
		return session.out();
	}

	private List<String> errLines() {
		return session.errLines();
	}

	@Test
	void lineageShowsEveryActivityFromTheOriginalToTheStatement() {
		assertEquals(0, run("prov", "--project", project, "S1"));
		String text = out();
		assertTrue(text.startsWith("S1  lineage of statement/S1/1, from 1 record\n"), text);
		assertTrue(text.matches("(?s).*\nOriginal:  sha256:[0-9a-f]{64} \\(\\d+ bytes\\), bytes \\d+\\.\\.\\d+ \\(characters \\d+\\.\\.\\d+ decoded as .*"), text);
		for (String expected : List.of("\noriginal/", "\n  read  ", "\n  decode  ", "\n  clean  ", "\n  extract (informs activity/1/import)",
				"\n  import  ", "charset-rule: ", "cleaner: ", ", analyst ", "wasDerivedFrom clean-text/S1/1",
				Seeds.directory().resolve("000_27967090eb5e547d.txt").toString())) {
			assertTrue(text.contains(expected), expected + " in\n" + text);
		}
		assertTrue(text.contains("(list them with --removed)"), text);
		assertEquals(0, run("prov", "--project", project, "--removed", "S1"));
		assertFalse(out().contains("(list them with --removed)"));

		assertEquals(0, run("prov", "--project", project, "--json", "s1"));
		String json = out();
		assertTrue(json.startsWith("{\"id\":\"s1\",\"entity\":\"statement/S1/1\",\"original\":{\"sha256\":\""), json);
		assertTrue(json.contains("\"type\":\"decode\""), json);
		assertTrue(json.contains("\"byte_start\":"), json);
		assertEquals(1, json.lines().count());
	}

	@Test
	void unknownIdsAndBadOptionsAreOneLineErrors() {
		assertEquals(1, run("prov", "--project", project, "S99"));
		assertEquals(List.of("verbatim: " + Path.of(project).toAbsolutePath().normalize()
				+ ": has no statement S99; 'verbatim list' shows the ids"), errLines());
		assertEquals(1, run("prov", "--project", project, "E1"));
		assertEquals(1, errLines().size());
		assertTrue(errLines().get(0).contains("has no provenance records for E1"), errLines().toString());
		assertEquals(2, run("prov", "--project", project, "X1"));
		assertEquals(1, errLines().size());
		assertEquals(2, run("prov", "--project", project));
		assertEquals(2, run("prov", "--project", project, "--export", "rdfxml"));
		assertTrue(errLines().get(0).contains("--export takes prov-json or turtle"), errLines().toString());
		assertEquals(2, run("prov", "--project", project, "--export", "turtle", "--json"));
		assertEquals(1, run("prov", "--project", temp.resolve("none").toString(), "S1"));
		assertEquals(1, errLines().size());
		Path missing = temp.resolve("no/such/folder/x.ttl");
		assertEquals(1, run("prov", "--project", project, "--export", "turtle", "--out", missing.toString()));
		assertEquals(1, errLines().size());
		assertTrue(errLines().get(0).startsWith("verbatim: cannot write " + missing), errLines().toString());
		assertFalse(Files.exists(missing));
	}

	@Test
	void exportsGoToStandardOutputOrWholeToAFile() throws Exception {
		assertEquals(0, run("prov", "--project", project, "--export", "turtle"));
		String turtle = out();
		assertTrue(turtle.startsWith("@prefix prov: <http://www.w3.org/ns/prov#> ."), turtle);
		assertTrue(turtle.contains(" prov:wasDerivedFrom "), turtle);
		assertEquals(5, turtle.lines().filter(l -> l.equals("    a prov:Entity, prov:Bundle ;")).count());

		assertEquals(0, run("prov", "--project", project, "--export", "prov-json", "S2"));
		String json = out();
		assertTrue(json.contains("\"vbp:statement/S2/1\""), json);
		assertFalse(json.contains("\"vbp:statement/S1/1\""), json);

		Path file = temp.resolve("prov.json");
		assertEquals(0, run("prov", "--project", project, "--export", "prov-json", "--out", file.toString()));
		assertEquals("Wrote 5 records as prov-json to " + file + "\n", out());
		String written = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(written.startsWith("{\n  \"prefix\": {\n    \"vbp\": \"urn:verbatim:log:"), written);
		try (var files = Files.list(temp)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
		}
	}
}
