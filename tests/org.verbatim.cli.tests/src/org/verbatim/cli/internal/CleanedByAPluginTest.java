package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.TextRemoval;
import org.verbatim.importer.internal.StatementImportPipeline;

/**
 * What the command line shows of a plugin's text cleaner: the seeds imported with a cleaner that
 * removes the photo caption of seed 003 (S4); {@code show --removed} and {@code prov --removed}
 * list the removal under the plugin's rule, {@code prov} shows the cleaner's own activity with its
 * reason, and {@code verify} passes; an excerpt cut after the removed caption is quoted in a report
 * that {@code verify-report} checks against the archived original.
 */
class CleanedByAPluginTest {

	@TempDir
	Path temp;

	private SeedsSession session;

	/** A row of the table of removals: two spaces, the rule, spaces, and the start of the offsets. */
	private static final Pattern REMOVAL_ROW = Pattern.compile("^  (\\S+) +\\d+\\.\\.");

	/** Removes every line that ends in a "(Credit: ...)", with the line breaks after it. */
	static final class PhotoCreditCaption implements TextCleaner {
		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			String text = extraction.cleanText();
			List<TextRemoval> removals = new ArrayList<>();
			for (int start = 0; start < text.length();) {
				int newline = text.indexOf('\n', start);
				int end = newline < 0 ? text.length() : newline;
				int next = end;
				while (next < text.length() && text.charAt(next) == '\n') {
					next++;
				}
				String line = text.substring(start, end).strip();
				if (line.endsWith(")") && line.contains("(Credit: ")) {
					removals.add(new TextRemoval(start, next, "photo-credit-caption", "a photo caption with its credit line"));
				}
				start = next == start ? start + 1 : next;
			}
			return removals;
		}
	}

	@BeforeEach
	void importSeeds() {
		session = new SeedsSession(temp.resolve("p"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new PhotoCreditCaption(), 0));
	}

	@AfterEach
	void close() throws Exception {
		session.close();
	}

	@Test
	void showProvAndVerifyNameThePluginsRemoval() {
		String rule = ProvAgent.softwareOf(PhotoCreditCaption.class).name() + "/photo-credit-caption";
		String project = session.project;
		assertEquals(0, session.run("show", "--project", project, "S4"));
		assertFalse(session.out().contains("(Credit: "), session.out());

		assertEquals(0, session.run("show", "--project", project, "--removed", "S4"));
		List<String> listed = session.out().lines().filter(line -> line.contains(rule)).toList();
		assertEquals(1, listed.size(), session.out());
		assertTrue(listed.get(0).contains("Azerbaijani father sits by the bodies"), listed.get(0));

		assertEquals(0, session.run("prov", "--project", project, "--removed", "S4"));
		String prov = session.out();
		assertTrue(prov.contains("\n  clean-1 (informs activity/"), prov);
		assertTrue(prov.contains(rule + ": a photo caption with its credit line"), prov);
		assertTrue(prov.contains("cleaner: " + PhotoCreditCaption.class.getName()), prov);
		assertEquals(1, prov.lines().filter(line -> line.contains(rule) && !line.contains("removal-1")).count(), prov);

		assertEquals(0, session.run("verify", "--project", project), session.out() + session.err());
	}

	@Test
	void thePluginsLongRuleKeepsTheOffsetsOfEveryRemovalInOneColumn() throws Exception {
		String rule = ProvAgent.softwareOf(PhotoCreditCaption.class).name() + "/photo-credit-caption";
		String project = session.project;
		String seed;
		try (var files = Files.list(Seeds.directory())) {
			seed = files.filter(f -> f.getFileName().toString().startsWith("003_")).findFirst().orElseThrow().toString();
		}
		List<List<String>> commands = List.of(List.of("show", "--project", project, "--removed", "S4"),
				List.of("prov", "--project", project, "--removed", "S4"), List.of("extract", "--removed", seed));
		for (List<String> command : commands) {
			assertEquals(0, session.run(command.toArray(String[]::new)), session.err());
			String out = session.out();
			List<Integer> offsetColumns = new ArrayList<>();
			List<String> rules = new ArrayList<>();
			for (String line : out.lines().toList()) {
				Matcher row = REMOVAL_ROW.matcher(line);
				if (row.find()) {
					rules.add(row.group(1));
					offsetColumns.add(row.end());
				}
			}
			assertTrue(rules.contains(rule), command + ":\n" + out);
			assertTrue(rules.size() > 1, "the built-in cleaning removes more from S4: " + command + ":\n" + out);
			assertEquals(1, offsetColumns.stream().distinct().count(), command + ":\n" + out);
		}
	}

	@Test
	void anExcerptAfterTheRemovedCaptionVerifiesInAReportAgainstTheOriginal() {
		String project = session.project;
		assertEquals(0, session.run("excerpt", "--project", project, "S4", "--quote",
				"they will hold Armenia accountable for the crimes"), session.err());
		String report = temp.resolve("r.html").toString();
		String bundle = temp.resolve("r.zip").toString();
		assertEquals(0, session.run("report", "--project", project, "--excerpts", "E1", "--format", "html", "--out",
				report, "--bundle", bundle), session.err());
		assertEquals(0, session.run("verify-report", "--bundle", bundle, report), session.out() + session.err());
		assertEquals(0, session.run("verify-report", "--project", project, report), session.out() + session.err());
	}
}
