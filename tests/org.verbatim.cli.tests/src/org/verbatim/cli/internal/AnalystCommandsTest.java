package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.store.Project;
import org.verbatim.store.internal.SqliteProjectStore;

/** The commands {@code excerpt}, {@code excerpts}, {@code tag}, {@code edit} and {@code undo} on the seeds. */
class AnalystCommandsTest {

	private static final String QUOTE = "killed hundreds of innocent civilians";

	@TempDir
	Path temp;

	private SeedsSession session;
	private SqliteProjectStore store;
	private String project;

	@BeforeEach
	void setUp() throws Exception {
		session = new SeedsSession(temp.resolve("project"));
		store = session.store;
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

	/** A command that fails with exit status {@code status} and one line naming {@code what}. */
	private void assertFails(int status, String what, String... args) {
		assertEquals(status, run(args), String.join(" ", args) + ": " + out());
		assertEquals(1, errLines().size(), errLines().toString());
		assertTrue(errLines().get(0).startsWith("verbatim: "), errLines().get(0));
		assertTrue(errLines().get(0).contains(what), errLines().get(0));
		assertFalse(errLines().get(0).contains("Exception"), errLines().get(0));
	}

	@Test
	void anExcerptOfASeedLeadsThroughItsOffsetsToTheSameTextInTheDecodedOriginal() throws Exception {
		assertEquals(0, run("excerpt", "--project", project, "S1", "--quote", QUOTE, "--note", "casualties"));
		assertTrue(out().startsWith("E1  S1 "), out());
		assertTrue(out().contains("\"" + QUOTE + "\""), out());
		try (Project p = store.open(Path.of(project))) {
			Excerpt excerpt = p.excerpt(new ExcerptId(1)).orElseThrow();
			Statement statement = p.statement(new StatementId(1)).orElseThrow();
			assertEquals(QUOTE, excerpt.quote());
			assertEquals(QUOTE, statement.text().substring(excerpt.clean().start(), excerpt.clean().end()));
			assertTrue(statement.text().substring(0, excerpt.clean().start()).endsWith(excerpt.prefix()));
			assertTrue(statement.text().substring(excerpt.clean().end()).startsWith(excerpt.suffix()));
			assertEquals(32, excerpt.prefix().length());
			String decoded = new String(p.readOriginal(statement.original()), Charset.forName(statement.charset()));
			assertEquals(QUOTE, decoded.substring(excerpt.originalSpan().start(), excerpt.originalSpan().end()));
			// the cleaner moved the text: the anchors differ, and both hold
			assertTrue(excerpt.originalSpan().start() > excerpt.clean().start(), excerpt.toString());

			List<ProvEntry> about = p.provenanceAbout("excerpt/E1/1");
			assertEquals(1, about.size());
			ProvEntity entity = about.get(0).record().content().entity("excerpt/E1/1").orElseThrow();
			assertEquals(Sha256.hex(QUOTE.getBytes(StandardCharsets.UTF_8)), entity.attribute("sha256").orElseThrow());
			assertEquals(statement.original().sha256(), entity.attribute("original-sha256").orElseThrow());
			assertEquals(Integer.toString(excerpt.originalSpan().start()), entity.attribute("original-start").orElseThrow());
		}
		assertEquals(0, run("excerpts", "--project", project));
		assertTrue(out().lines().anyMatch(l -> l.startsWith("E1    S1 ") && l.endsWith("\"" + QUOTE + "\"")), out());
		assertEquals(0, run("excerpts", "--project", project, "--json"));
		assertTrue(out().contains("\"quote\":\"" + QUOTE + "\""), out());
		assertTrue(out().contains("\"note\":\"casualties\""), out());
	}

	@Test
	void excerptProblemsGetOneLineAndTheRightExitStatus() {
		assertFails(1, "occurs", "excerpt", "--project", project, "S1", "--quote", "the");
		assertTrue(errLines().get(0).contains("say which with --occurrence 1 to "), errLines().get(0));
		assertEquals(0, run("excerpt", "--project", project, "S1", "--quote", "the", "--occurrence", "2", "--json"));
		assertTrue(out().contains("\"id\":\"E1\""), out());
		assertFails(1, "--occurrence must be 1 to", "excerpt", "--project", project, "S1", "--quote", "the",
				"--occurrence", "999");
		assertFails(1, "S1 does not contain \"no such words here\"", "excerpt", "--project", project, "S1", "--quote",
				"no such words here");
		assertFails(1, "is outside the text of S1", "excerpt", "--project", project, "S1", "--start", "5", "--end",
				"999999");
		assertFails(1, "is empty", "excerpt", "--project", project, "S1", "--start", "5", "--end", "5");
		assertFails(1, "has no statement S9", "excerpt", "--project", project, "S9", "--start", "0", "--end", "5");
		assertFails(2, "either --start and --end, or --quote", "excerpt", "--project", project, "S1", "--start", "0",
				"--quote", "x");
		assertFails(2, "--start needs a whole number", "excerpt", "--project", project, "S1", "--start", "a", "--end",
				"3");
		assertFails(2, "not a statement id", "excerpt", "--project", project, "E1", "--start", "0", "--end", "3");
	}

	@Test
	void editSetsSpeakersWithRolesAndKeepsWhatWasReadWithAnUnchangedOne() throws Exception {
		assertEquals(0, run("show", "--project", project, "S1"));
		// gold.json: Abdulaziz Othman Altwaijri, Director General of ISESCO
		String read = "\nSpeaker:   Abdulaziz Othman Altwaijri, Director General, Islamic Educational, Scientific and "
				+ "Cultural Organization (ISESCO)  [";
		assertTrue(out().contains(read), out());

		assertEquals(0, run("edit", "--project", project, "S1", "--set",
				"speakers=Abdulaziz Othman Altwaijri (Director General); Ann Example (Head of Press (acting))"));
		assertEquals("S1 speakers: \"Abdulaziz Othman Altwaijri (Director General)\" -> \"Abdulaziz Othman Altwaijri "
				+ "(Director General); Ann Example (Head of Press (acting))\" (version 2)\n", out());
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains(read), "the unchanged speaker keeps organisation and evidence: " + out());
		assertTrue(out().contains("\nSpeaker:   Ann Example, Head of Press (acting)  [analyst-edit"), out());

		assertEquals(0, run("edit", "--project", project, "S1", "--set", "speakers=Organization of Islamic Cooperation (OIC) ()"));
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains("\nSpeaker:   Organization of Islamic Cooperation (OIC)  [analyst-edit"), out());

		assertFails(1, "has a '(' that is not closed", "edit", "--project", project, "S1", "--set",
				"speakers=Ann Example (Head of Press");
		assertFails(1, "has a role but no name", "edit", "--project", project, "S1", "--set", "speakers=(minister)");
	}

	@Test
	void editShowUndoAndTagsLeaveAnUnbrokenLog() throws Exception {
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains("\nIssued:    2019-01-18  ["), out());

		assertEquals(0, run("edit", "--project", project, "S1", "--set", "issued=2019-01-20"));
		assertEquals("S1 issued: \"2019-01-18\" -> \"2019-01-20\" (version 2)\n", out());
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains("\nIssued:    2019-01-20  [analyst-edit"), out());
		assertTrue(out().contains("\nVersion:   2 "), out());
		assertFails(1, "is not a date for issued", "edit", "--project", project, "S1", "--set", "issued=yesterday");
		assertFails(2, "'colour' is not a field that can be edited", "edit", "--project", project, "S1", "--set",
				"colour=red");
		assertFails(2, "either --set FIELD=VALUE or --clear FIELD", "edit", "--project", project, "S1");

		assertEquals(0, run("excerpt", "--project", project, "S1", "--quote", QUOTE));
		assertEquals(0, run("tag", "--project", project, "S1", "khojaly"));
		assertEquals("Tagged S1 'khojaly'\n", out());
		assertEquals(0, run("tag", "--project", project, "E1", "khojaly"));
		assertEquals(0, run("tag", "--project", project, "--find", "khojaly"));
		assertEquals("S1 E1\n", out());
		assertFails(1, "S1 is already tagged 'khojaly'", "tag", "--project", project, "S1", "khojaly");
		assertEquals(0, run("tag", "--project", project, "S1", "khojaly", "--remove"));
		assertEquals(0, run("tag", "--project", project, "S1"));
		assertEquals("No tags\n", out());
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains("\nExcerpt:   E1 "), out());

		assertEquals(0, run("undo", "--project", project));
		assertTrue(out().startsWith("Undid untagged S1 'khojaly'"), out());
		assertEquals(0, run("tag", "--project", project, "S1", "--json"));
		assertEquals("{\"target\":\"S1\",\"tags\":[\"khojaly\"]}\n", out());
		for (int i = 0; i < 3; i++) {
			assertEquals(0, run("undo", "--project", project));
		}
		assertTrue(out().startsWith("Undid E1 of S1"), out());
		assertEquals(0, run("excerpts", "--project", project));
		assertTrue(out().startsWith("No excerpts yet"), out());
		assertEquals(0, run("undo", "--project", project));
		assertTrue(out().startsWith("Undid S1 issued: \"2019-01-18\" -> \"2019-01-20\""), out());
		assertEquals(0, run("show", "--project", project, "S1"));
		assertTrue(out().contains("\nIssued:    2019-01-18  ["), out());
		assertTrue(out().contains("\nVersion:   3 "), out());
		assertFails(1, "nothing to undo", "undo", "--project", project);

		assertEquals(0, run("undo", "--project", project, "--list"));
		List<String> rows = out().lines().toList();
		assertEquals(1 + 5 + 5, rows.size(), out());
		assertTrue(rows.get(1).contains(" edit     S1 issued: ") && rows.get(1).endsWith("[undone by #"
				+ rows.get(10).substring(1, rows.get(10).indexOf(' ')) + "]"), out());

		try (Project p = store.open(Path.of(project))) {
			List<ProvEntry> log = p.provenance(0, 1000);
			String previous = ProvChain.GENESIS;
			for (ProvEntry entry : log) {
				assertEquals(previous, entry.previousHash());
				assertTrue(entry.hashMatches(), "record " + entry.seq());
				previous = entry.hash();
			}
			List<String> changes = log.stream().map(e -> e.record().content().change()).toList();
			assertEquals(List.of("edit", "excerpt", "tag", "tag", "untag", "undo", "undo", "undo", "undo", "undo"),
					changes.subList(changes.size() - 10, changes.size()));
		}
	}
}
