package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Sha256;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

/** The command line's commands, exit statuses and messages, run in-process on real projects. */
class CliTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Cli cli;
	private Path project;

	@BeforeEach
	void setUp() {
		SqliteProjectStore store = new SqliteProjectStore();
		StatementImportPipeline importer = StatementImportPipeline.withBuiltInExtractors();
		cli = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> store, () -> importer));
		project = temp.resolve("project");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return cli.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private List<String> errLines() {
		return err.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void everyCommandAnswersHelpWithExitZero() {
		for (String command : List.of("init", "import", "list", "show", "extract", "excerpt", "excerpts", "tag", "edit", "undo")) {
			assertEquals(0, run(command, "--help"), command);
			assertTrue(out().startsWith("Usage: verbatim " + command), out());
		}
		assertEquals(0, run("--help"));
		assertTrue(out().contains("import"), out());
		assertEquals(0, run("--version"));
		assertTrue(out().matches("Verbatim \\d+\\.\\d+\\.\\d+\\.\\S+\n"), out());
		assertEquals(0, run("help", "show"));
		assertTrue(out().startsWith("Usage: verbatim show"), out());
	}

	@Test
	void usageErrorsExitTwoWithOneLine() {
		assertEquals(2, run());
		assertEquals(2, run("frobnicate"));
		assertEquals(List.of("verbatim: unknown command 'frobnicate'; commands: init, import, list, show, search, reindex, alias, excerpt, excerpts, tag, edit, undo, report, verify-report, extract, prov, verify, bench, plugins"), errLines());
		assertEquals(2, run("list"));
		assertEquals(1, errLines().size());
		assertTrue(errLines().get(0).contains("--project DIR is required"), errLines().toString());
		assertEquals(2, run("list", "--project"));
		assertTrue(errLines().get(0).contains("--project needs a value"), errLines().toString());
		assertEquals(2, run("list", "--project", project.toString(), "--colour"));
		assertTrue(errLines().get(0).contains("unknown option --colour"), errLines().toString());
		assertEquals(2, run("import", "--project", project.toString()));
		assertEquals(2, run("import", "--project", project.toString(), "--charset", "klingon-8", "x.txt"));
		assertTrue(errLines().get(0).contains("unknown encoding 'klingon-8'"), errLines().toString());
	}

	@Test
	void initImportListShowOnTheSampleStatements() throws IOException {
		Path seeds = Seeds.directory();
		assertEquals(0, run("init", "--project", project.toString()));
		assertTrue(out().contains("Created project 'project'"), out());

		assertEquals(0, run("import", "--project", project.toString(), seeds.toString()));
		assertTrue(out().contains("5 imported, 0 duplicate, 1 skipped, 0 failed"), out());
		assertTrue(errLines().isEmpty(), errLines().toString());

		assertEquals(0, run("list", "--project", project.toString()));
		List<String> rows = out().lines().toList();
		assertEquals(6, rows.size(), out());
		assertTrue(rows.get(4).startsWith("S4 "), rows.get(4));
		assertTrue(rows.get(4).endsWith("Anniversary of Khojaly massacre commemoration"), rows.get(4));

		assertEquals(0, run("show", "--project", project.toString(), "S1"));
		String shown = out();
		assertTrue(shown.contains("sha256:"), shown);
		assertTrue(shown.contains("\nIssued:    2019-01-18  ["), shown);
		assertTrue(shown.contains("\nSpeaker:   Abdulaziz Othman Altwaijri, Director General"), shown);
		assertTrue(shown.contains("\nTranslated:possibly by machine"), shown);
		assertTrue(shown.contains("killed hundreds of innocent civilians"), "the statement's text");
		assertFalse(shown.contains("User Feedback"), "page furniture is not in the clean text");
		assertTrue(shown.contains("(list them with --removed)"), shown);
		assertEquals(0, run("show", "--project", project.toString(), "S1", "--removed"));
		assertTrue(out().contains("User Feedback"), "--removed lists what cleaning left out");
	}

	@Test
	void aSourceImportedAgainWithChangedContentBecomesARevisionWithItsDifference() throws IOException {
		assertEquals(0, run("init", "--project", project.toString()));
		Path file = temp.resolve("statement.txt");
		Files.writeString(file, "The ministry said.\nFirst paragraph.\nSecond paragraph.\nClosing words.\n",
				StandardCharsets.UTF_8);
		assertEquals(0, run("import", "--project", project.toString(), file.toString()));
		assertEquals(0, run("import", "--project", project.toString(), file.toString()));
		assertTrue(out().contains("1 duplicate"), "unchanged content is another retrieval: " + out());
		Files.writeString(file, "The ministry said.\nFirst paragraph, corrected.\nSecond paragraph.\nClosing words.\n",
				StandardCharsets.UTF_8);
		assertEquals(0, run("import", "--project", project.toString(), file.toString()));
		assertEquals(0, run("show", "--project", project.toString(), "S2"));
		assertTrue(out().contains("\nRevision:  of S1, imported from the same source"), out());
		assertEquals(0, run("show", "--project", project.toString(), "S2", "--diff"));
		String diff = out().substring(out().indexOf("Changes since S1:"));
		assertTrue(diff.contains("\n  The ministry said.\n- First paragraph.\n+ First paragraph, corrected.\n"
				+ "  Second paragraph.\n"), diff);
		assertFalse(diff.contains("Closing words"), "kept lines away from a change are left out: " + diff);
		assertEquals(0, run("show", "--project", project.toString(), "S2", "--diff", "--json"));
		assertTrue(out().contains("\"revision_of\":\"S1\""), out());
		assertTrue(out().contains("{\"kind\":\"added\",\"text\":\"First paragraph, corrected.\"}"), out());
		assertEquals(1, run("show", "--project", project.toString(), "S1", "--diff"));
		assertTrue(errLines().get(0).contains("S1 revises no earlier statement"), errLines().toString());
	}

	@Test
	void jsonOutputCarriesIdsAndText() throws IOException {
		assertEquals(0, run("init", "--project", project.toString(), "--json"));
		assertEquals("{\"project\":" + Json.write(project.toString()) + ",\"name\":\"project\"}\n", out());
		Path file = temp.resolve("quote.txt");
		Files.writeString(file, "The minister said: \"We will rebuild.\"\n", StandardCharsets.UTF_8);
		assertEquals(0, run("import", "--project", project.toString(), "--json", file.toString()));
		assertTrue(out().contains("\"imported\":[{\"file\":" + Json.write(file.toString()) + ",\"id\":\"S1\""), out());
		assertEquals(0, run("show", "--project", project.toString(), "--json", "s1"));
		assertTrue(out().contains("\"text\":\"The minister said: \\\"We will rebuild.\\\"\""), out());
		assertTrue(out().contains("\"retrievals\":[{\"source\":" + Json.write(file.toString())), out());
		assertEquals(0, run("import", "--project", project.toString(), "--json", file.toString()));
		assertTrue(out().contains("\"duplicates\":[{\"file\":" + Json.write(file.toString()) + ",\"of\":\"S1\"}]"), out());
	}

	@Test
	void badFilesGetOneLineEachAndTheGoodOnesAreImported() throws IOException {
		assertEquals(0, run("init", "--project", project.toString()));
		Path empty = Files.createFile(temp.resolve("empty.txt"));
		Path binary = Files.write(temp.resolve("scan.txt"), new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 0, 1, 2 });
		Path latin1 = Files.write(temp.resolve("latin1.txt"), "Déclaration du ministère".getBytes(StandardCharsets.ISO_8859_1));
		Path missing = temp.resolve("missing.txt");
		Path good = Files.writeString(temp.resolve("good.txt"), "A statement by the embassy.\n", StandardCharsets.UTF_8);

		assertEquals(1, run("import", "--project", project.toString(), empty.toString(), binary.toString(),
				latin1.toString(), missing.toString(), good.toString()));
		List<String> problems = errLines();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("verbatim: " + empty + ": "), problems.get(0));
		assertTrue(problems.get(1).startsWith("verbatim: " + binary + ": ") && problems.get(1).contains("PDF"), problems.get(1));
		assertTrue(problems.get(2).startsWith("verbatim: " + missing + ": "), problems.get(2));
		assertTrue(out().contains("2 imported, 0 duplicate, 0 skipped, 3 failed"), out());

		assertEquals(0, run("show", "--project", project.toString(), "S1"));
		assertTrue(out().contains("Déclaration du ministère"), "the windows-1252 file is detected: " + out());
		assertTrue(out().contains("Encoding:  windows-1252 (detected)"), out());
		assertEquals(1, run("import", "--project", project.toString(), "--charset", "UTF-8", latin1.toString()));
		assertTrue(errLines().get(0).contains("is not valid UTF-8 (byte 0xE9 at offset 1)"), errLines().toString());
	}

	@Test
	void failedImportsAreListedWithTheirKeptOriginalEvenAfterAFix() throws Exception {
		assertEquals(0, run("init", "--project", project.toString()));
		assertEquals(0, run("list", "--project", project.toString(), "--failed"));
		assertEquals("No failed imports.\n", out());
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		Path page = Files.write(temp.resolve("statement.html"), png);
		Path missing = temp.resolve("missing.html");
		assertEquals(1, run("import", "--project", project.toString(), page.toString(), missing.toString()));
		String sha256 = Sha256.hex(png);
		Path blob = project.resolve("originals").resolve(sha256.substring(0, 2)).resolve(sha256);
		assertTrue(Files.isRegularFile(blob), "the failed original is kept at " + blob);

		Files.writeString(page, "<html><body><p>The embassy said the talks go on.</p></body></html>",
				StandardCharsets.UTF_8);
		assertEquals(0, run("import", "--project", project.toString(), page.toString()));

		assertEquals(0, run("list", "--project", project.toString(), "--failed"));
		List<String> rows = out().lines().toList();
		assertEquals(3, rows.size(), out());
		assertTrue(rows.get(0).startsWith("NO "), rows.get(0));
		assertTrue(rows.get(1).startsWith("F1 "), rows.get(1));
		assertTrue(rows.get(1).contains(" " + sha256 + "  " + page + ": is a binary file (PNG image)"), rows.get(1));
		assertTrue(rows.get(2).startsWith("F2 "), rows.get(2));
		assertTrue(rows.get(2).endsWith(" -" + " ".repeat(65) + missing + ": does not exist"), rows.get(2));

		assertEquals(0, run("list", "--project", project.toString(), "--failed", "--json"));
		String json = out();
		assertTrue(json.contains("{\"number\":1,\"source\":" + Json.write(page.toString()) + ",\"reason\":"), json);
		assertTrue(json.contains(",\"sha256\":\"" + sha256 + "\",\"bytes\":" + png.length + ",\"failed_at\":\""),
				json);
		assertTrue(json.contains("\"reason\":\"does not exist\",\"sha256\":null,\"bytes\":null"), json);
		assertEquals(0, run("list", "--project", project.toString()));
		assertTrue(out().lines().anyMatch(line -> line.startsWith("S1 ")), "the fixed page is a normal statement");
	}

	@Test
	void extractReadsOneDocumentWithoutAProject() throws IOException {
		Path seed = Seeds.directory().resolve("001_b3496bafa948e7cd.txt");
		assertEquals(0, run("extract", "--json", seed.toString()));
		String json = out();
		assertTrue(json.contains("\"issued\":{\"value\":\"2019-02-22\""), json);
		assertTrue(json.contains("\"place\":{\"value\":\"Rabat\""), json);
		assertTrue(json.contains("\"charset_rule\":\"valid-utf8\""), json);
		assertTrue(json.contains("\"text\":\"Rabat: 22/02/2019\\n\\nAt the 27th Anniversary"), "the comment-counter line is gone");
		assertTrue(json.contains("\"rule\":\"date-with-comment-counter\""), json);
		assertEquals(0, run("extract", seed.toString(), "--removed"));
		assertTrue(out().contains("Skip to content"), "--removed lists it");
		assertEquals(1, run("extract", temp.resolve("nope.html").toString()));
		assertEquals(List.of("verbatim: " + temp.resolve("nope.html") + ": does not exist"), errLines());
		assertEquals(2, run("extract"));
	}

	@Test
	void projectProblemsExitOneAndTouchNothing() throws IOException {
		Path plain = Files.createDirectory(temp.resolve("plain"));
		Files.writeString(plain.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
		assertEquals(1, run("list", "--project", plain.toString()));
		assertEquals(1, errLines().size(), errLines().toString());
		assertTrue(errLines().get(0).contains("not a Verbatim project"), errLines().get(0));
		try (Stream<Path> files = Files.list(plain)) {
			assertEquals(List.of(plain.resolve("notes.txt")), files.toList());
		}
		assertEquals(1, run("init", "--project", plain.toString()));
		assertTrue(errLines().get(0).contains("not empty"), errLines().get(0));

		assertEquals(0, run("init", "--project", project.toString()));
		assertEquals(1, run("show", "--project", project.toString(), "S3"));
		assertEquals(1, errLines().size());
		assertTrue(errLines().get(0).contains("has no statement S3"), errLines().get(0));
		assertFalse(errLines().get(0).contains("Exception"), errLines().get(0));
	}
}
