package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Evidence;
import org.verbatim.core.Excerpt;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.MetadataExtractor;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.TextRemoval;
import org.verbatim.provenance.ProjectVerifier;
import org.verbatim.provenance.VerificationReport;
import org.verbatim.report.CitedOriginals;
import org.verbatim.report.QuoteCheck;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportService;
import org.verbatim.report.ReportTemplate;
import org.verbatim.report.ReportVerifier;

/**
 * Text cleaners from plugins, through the real pipeline and a real project: on the seed whose page
 * carries a photo caption with its credit line (003), a cleaner removes the caption; what remains
 * still maps to the original character for character, the removal is listed under the plugin's
 * rule, the provenance names the cleaner, and an excerpt cut afterwards verifies against the
 * archived original. Cleaners run in ranking order before the metadata extractors; a failing one,
 * or one asking for impossible ranges, is skipped; one that removes everything fails the import.
 */
class TextCleanerImportTest {

	@TempDir
	Path temp;

	private static final String SEED = "003_043353f07896bc72.txt";

	private static final String RULE = "photo-credit-caption";

	/** Removes every line that ends in a "(Credit: ...)" line, with the line breaks after it. */
	static final class PhotoCreditCaption implements TextCleaner {
		final List<String> seen = new ArrayList<>();

		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			String text = extraction.cleanText();
			seen.add(text);
			List<TextRemoval> removals = new ArrayList<>();
			for (int start = 0; start < text.length();) {
				int newline = text.indexOf('\n', start);
				int end = newline < 0 ? text.length() : newline;
				String line = text.substring(start, end).strip();
				int next = end;
				while (next < text.length() && text.charAt(next) == '\n') {
					next++;
				}
				if (line.endsWith(")") && line.contains("(Credit: ")) {
					removals.add(new TextRemoval(start, next, RULE, "a photo caption with its credit line, not the author's words"));
				}
				start = next == start ? start + 1 : next;
			}
			return removals;
		}
	}

	/** Removes the line that contains {@code words}, with the line breaks after it. */
	static final class LineWith implements TextCleaner {
		private final String words;

		LineWith(String words) {
			this.words = words;
		}

		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			String text = extraction.cleanText();
			int at = text.indexOf(words);
			if (at < 0) {
				return List.of();
			}
			int start = text.lastIndexOf('\n', at) + 1;
			int end = text.indexOf('\n', at);
			while (end >= 0 && end < text.length() && text.charAt(end) == '\n') {
				end++;
			}
			return List.of(new TextRemoval(start, end < 0 ? text.length() : end, "test-line", "a line the test removes"));
		}
	}

	/** Removes nothing; remembers what it saw. */
	static final class Onlooker implements TextCleaner {
		final List<String> seen = new ArrayList<>();

		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			seen.add(extraction.cleanText());
			return List.of();
		}
	}

	/** Fails, as a buggy plugin does. */
	static final class Broken implements TextCleaner {
		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			throw new IllegalStateException("no caption patterns loaded");
		}
	}

	/** Asks for fixed ranges, whatever the text. */
	static final class Asking implements TextCleaner {
		private final List<TextRemoval> ranges;

		Asking(List<TextRemoval> ranges) {
			this.ranges = ranges;
		}

		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			return ranges;
		}
	}

	/** Removes the whole text. */
	static final class Everything implements TextCleaner {
		@Override
		public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
			return List.of(new TextRemoval(0, extraction.cleanText().length(), "all", "nothing here is a statement"));
		}
	}

	/** A metadata extractor that changes nothing and remembers the text it read. */
	static final class Reader implements MetadataExtractor {
		final List<String> seen = new ArrayList<>();

		@Override
		public StatementMetadata amend(DecodedDocument document, Extraction extraction) {
			seen.add(extraction.cleanText());
			return extraction.metadata();
		}
	}

	private static Path seed() {
		return Seeds.folder().resolve(SEED);
	}

	/** The seed's statement as Verbatim's own cleaning makes it, without plugins. */
	private Statement plain(String name) throws Exception {
		try (ImportFixture fixture = new ImportFixture(temp.resolve(name))) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
			return outcome.statement().orElseThrow();
		}
	}

	private static List<ProvActivity> activities(ImportFixture fixture) throws Exception {
		List<ProvActivity> all = new ArrayList<>();
		for (ProvEntry entry : fixture.project.provenance(0, 1000)) {
			all.addAll(entry.record().content().activities());
		}
		return all;
	}

	private static List<ProvRelation> relations(ImportFixture fixture) throws Exception {
		List<ProvRelation> all = new ArrayList<>();
		for (ProvEntry entry : fixture.project.provenance(0, 1000)) {
			all.addAll(entry.record().content().relations());
		}
		return all;
	}

	private static ProvActivity activity(ImportFixture fixture, String type) throws Exception {
		return activities(fixture).stream().filter(a -> a.type().equals(type)).findFirst()
				.orElseThrow(() -> new AssertionError("no activity " + type));
	}

	@Test
	void aCleanerRemovesTheSeedsPhotoCaptionAndEveryKeptCharacterStillMapsToTheOriginal() throws Exception {
		String decoded = Files.readString(seed(), UTF_8);
		Statement plain;
		int plainRemovals;
		try (ImportFixture fixture = new ImportFixture(temp.resolve("plain"))) {
			plain = fixture.importOne(seed()).statement().orElseThrow();
			plainRemovals = fixture.project.removals(plain.id()).size();
		}
		assertTrue(plain.text().contains("(Credit: Ilgar Jafarov/WikiCommons)"), "Verbatim's own cleaning keeps the caption");
		PhotoCreditCaption cleaner = new PhotoCreditCaption();
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(cleaner, 0))) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
			assertEquals("", outcome.message());
			Statement statement = outcome.statement().orElseThrow();
			String text = statement.text();
			assertEquals(List.of(plain.text()), cleaner.seen, "the cleaner sees the text Verbatim's cleaning made");
			int caption = plain.text().indexOf("Azerbaijani father sits by the bodies");
			int after = plain.text().indexOf("On the 29th anniversary");
			assertTrue(caption > 0 && after > caption);
			assertEquals(plain.text().substring(0, caption) + plain.text().substring(after), text);

			// every kept character still comes from the original: copied ones character for character
			OffsetMap offsets = fixture.project.offsets(statement.id());
			assertEquals(text.length(), offsets.cleanLength());
			for (OffsetMap.Run run : offsets.runs()) {
				String kept = text.substring(run.cleanStart(), run.cleanEnd());
				String from = decoded.substring(run.originalStart(), run.originalEnd());
				if (run.kind() == OffsetMap.Run.Kind.COPY) {
					assertEquals(from, kept, "run " + run);
				} else {
					assertTrue(kept.isBlank() && from.isBlank(), "a replacement stands for white space only: " + run);
				}
			}

			String rule = ProvAgent.softwareOf(PhotoCreditCaption.class).name() + "/" + RULE;
			List<Removal> removals = fixture.project.removals(statement.id());
			List<Removal> ours = removals.stream().filter(r -> r.rule().equals(rule)).toList();
			assertEquals(1, ours.size(), removals.toString());
			assertTrue(decoded.substring(ours.get(0).originalStart(), ours.get(0).originalEnd())
					.contains("(Credit: Ilgar Jafarov/WikiCommons)"));
			assertEquals(plainRemovals + 1, removals.size(), "Verbatim's own removals are kept");
			for (int i = 1; i < removals.size(); i++) {
				assertTrue(removals.get(i - 1).originalStart() <= removals.get(i).originalStart(), "in original order");
			}

			ProvActivity step = activity(fixture, "clean-1");
			assertEquals(PhotoCreditCaption.class.getName(), step.attribute("cleaner").orElseThrow());
			assertEquals("1", step.attribute("removals").orElseThrow());
			assertEquals(ours.get(0).originalStart() + "-" + ours.get(0).originalEnd() + " " + rule
					+ ": a photo caption with its credit line, not the author's words",
					step.attribute("removal-1").orElseThrow());
			ProvActivity clean = activity(fixture, "clean");
			ProvAgent agent = ProvAgent.softwareOf(PhotoCreditCaption.class);
			List<ProvRelation> relations = relations(fixture);
			assertTrue(relations.contains(ProvRelation.of(ProvRelation.WAS_ASSOCIATED_WITH, step.id(), agent.id())));
			assertTrue(relations.contains(ProvRelation.of(ProvRelation.WAS_INFORMED_BY, clean.id(), step.id())));
			assertEquals(Integer.toString(removals.size()), clean.attribute("removals").orElseThrow());

			VerificationReport verified = ProjectVerifier.standard().verify(fixture.project);
			assertEquals(List.of(), verified.findings());
			assertTrue(verified.passed());
		}
	}

	@Test
	void evidenceSpansMoveWithTheTextOrAreDroppedWithANote() throws Exception {
		Statement plainStatement;
		StatementMetadata plainMetadata;
		try (ImportFixture fixture = new ImportFixture(temp.resolve("plain"))) {
			plainStatement = fixture.importOne(seed()).statement().orElseThrow();
			plainMetadata = fixture.project.metadata(plainStatement.id());
		}
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new PhotoCreditCaption(), 0))) {
			Statement statement = fixture.importOne(seed()).statement().orElseThrow();
			StatementMetadata metadata = fixture.project.metadata(statement.id());
			List<Evidence> before = evidences(plainMetadata);
			List<Evidence> after = evidences(metadata);
			assertEquals(before.size(), after.size());
			int moved = 0;
			int dropped = 0;
			for (int i = 0; i < before.size(); i++) {
				Evidence was = before.get(i);
				Evidence is = after.get(i);
				assertEquals(was.quote(), is.quote());
				if (is.where().isPresent()) {
					OffsetMap.Span old = was.where().orElseThrow();
					OffsetMap.Span now = is.where().get();
					assertEquals(plainStatement.text().substring(old.start(), old.end()),
							statement.text().substring(now.start(), now.end()), "evidence of '" + was.quote() + "'");
					moved += now.equals(old) ? 0 : 1;
				} else if (was.where().isPresent()) {
					dropped++;
				}
			}
			assertTrue(moved > 0, "some evidence after the caption moved: " + after);
			long notes = activity(fixture, "clean-1").attributes().keySet().stream().filter(k -> k.startsWith("note-"))
					.count();
			assertEquals(dropped, notes, "one note for each dropped span");
		}
	}

	@Test
	void evidenceInARemovedLineLosesItsPlaceButKeepsItsValueWithANote() throws Exception {
		String speaker = "Tahir Taghizade";
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new LineWith(speaker + ", Ambassador"), 0))) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
			Statement statement = outcome.statement().orElseThrow();
			assertFalse(statement.text().contains(speaker + ", Ambassador"), statement.text());
			StatementMetadata metadata = fixture.project.metadata(statement.id());
			Speaker read = metadata.speakers().stream().filter(s -> s.name().contains(speaker)).findFirst()
					.orElseThrow(() -> new AssertionError(metadata.speakers().toString()));
			assertEquals(Optional.empty(), read.evidence().where(), "its place in the text was removed");
			assertTrue(read.evidence().quote().contains(speaker), read.evidence().quote());
			String note = activity(fixture, "clean-1").attribute("note-1").orElseThrow();
			assertTrue(note.startsWith("the evidence of the speaker " + read.name() + " (\"")
					&& note.endsWith("\") was in what it removed: the value is kept, its place in the text is not"), note);
			assertTrue(ProjectVerifier.standard().verify(fixture.project).passed());
		}
	}

	private static List<Evidence> evidences(StatementMetadata m) {
		List<Evidence> all = new ArrayList<>();
		m.title().ifPresent(v -> all.add(v.evidence()));
		m.issued().ifPresent(v -> all.add(v.evidence()));
		m.updated().ifPresent(v -> all.add(v.evidence()));
		m.place().ifPresent(v -> all.add(v.evidence()));
		m.speakers().forEach(s -> all.add(s.evidence()));
		m.publisher().ifPresent(v -> all.add(v.evidence()));
		m.language().ifPresent(v -> all.add(v.evidence()));
		m.events().forEach(e -> all.add(e.evidence()));
		m.possiblyMachineTranslated().ifPresent(all::add);
		return all;
	}

	@Test
	void cleanersRunInRankingOrderBeforeTheMetadataExtractors() throws Exception {
		PhotoCreditCaption high = new PhotoCreditCaption();
		Onlooker low = new Onlooker();
		Reader reader = new Reader();
		StatementImportPipeline pipeline = StatementImportPipeline.withBuiltInExtractors().withTextCleaner(low, -5)
				.withTextCleaner(high, 10).withMetadataExtractor(reader, 0);
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"), pipeline)) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
			assertTrue(high.seen.get(0).contains("(Credit: "));
			assertEquals(1, low.seen.size());
			assertFalse(low.seen.get(0).contains("(Credit: "), "the lower-ranked cleaner runs after the higher one");
			assertEquals(List.of(outcome.statement().orElseThrow().text()), reader.seen,
					"metadata extractors read the text as the cleaners left it");
			assertEquals(PhotoCreditCaption.class.getName(), activity(fixture, "clean-1").attribute("cleaner").orElseThrow());
			assertEquals(Onlooker.class.getName(), activity(fixture, "clean-2").attribute("cleaner").orElseThrow());
			assertEquals("0", activity(fixture, "clean-2").attribute("removals").orElseThrow());
		}
	}

	@Test
	void aFailingCleanerIsSkippedWithOneSentence() throws Exception {
		Statement plain = plain("plain");
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new Broken(), 0))) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.IMPORTED, outcome.kind());
			assertTrue(outcome.message().startsWith("text cleaner " + Broken.class.getName() + " (")
					&& outcome.message().endsWith("failed and was skipped: IllegalStateException no caption patterns loaded"),
					outcome.message());
			assertEquals(plain.text(), outcome.statement().orElseThrow().text());
			assertEquals(outcome.message(), activity(fixture, "clean-1").attribute("problem").orElseThrow());
			assertTrue(ProjectVerifier.standard().verify(fixture.project).passed());
		}
	}

	@Test
	void rangesThatCannotBeAppliedAreRefusedWholeAndTheImportGoesOn() throws Exception {
		Statement plain = plain("plain");
		int length = plain.text().length();
		String why = "boilerplate";
		List<List<TextRemoval>> bad = List.of(
				List.of(new TextRemoval(0, 10, "a", why), new TextRemoval(5, 20, "b", why)),
				List.of(new TextRemoval(length - 5, length + 1, "a", why)),
				List.of(new TextRemoval(-1, 4, "a", why)),
				List.of(new TextRemoval(7, 7, "a", why)),
				List.of(new TextRemoval(9, 4, "a", why)),
				List.of(new TextRemoval(0, 4, "two words", why)),
				List.of(new TextRemoval(0, 4, "a", "first line\nsecond line")));
		List<String> expected = List.of("ranges 0..10 and 5..20 overlap",
				"range " + (length - 5) + ".." + (length + 1) + " is outside the clean text (0.." + length + ")",
				"range -1..4 is outside the clean text", "range 7..7 is empty", "range 9..4 is empty",
				"range 0..4 has the rule 'two words', which is not one word", "range 0..4 has no reason on one line");
		for (int i = 0; i < bad.size(); i++) {
			try (ImportFixture fixture = new ImportFixture(temp.resolve("project" + i),
					StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new Asking(bad.get(i)), 0))) {
				FileOutcome outcome = fixture.importOne(seed());
				assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
				assertTrue(outcome.message().contains("asked for removals that cannot be applied, so none of them were kept: "
						+ expected.get(i)), outcome.message());
				assertEquals(plain.text(), outcome.statement().orElseThrow().text());
				assertEquals(outcome.message(), activity(fixture, "clean-1").attribute("problem").orElseThrow());
			}
		}
	}

	@Test
	void aCleanerThatRemovesEverythingFailsTheImportNamingIt() throws Exception {
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new Everything(), 0))) {
			FileOutcome outcome = fixture.importOne(seed());
			assertEquals(Kind.FAILED, outcome.kind());
			assertEquals("has no statement text once text cleaner " + Everything.class.getName() + " ("
					+ ProvAgent.softwareOf(Everything.class).name() + " "
					+ ProvAgent.softwareOf(Everything.class).version().orElse("unknown")
					+ ") removed what it asked to (1 part); check that cleaner's rules, or import it without that plugin",
					outcome.message());
			assertEquals(List.of(), fixture.project.statements());
			assertEquals(1, fixture.project.failedImports().size());
			assertTrue(fixture.project.failedImports().get(0).original().isPresent(), "the original is kept");
		}
	}

	@Test
	void anExcerptCutAfterTheCleanerVerifiesAgainstTheOriginal() throws Exception {
		String decoded = Files.readString(seed(), UTF_8);
		String quote = "they will hold Armenia accountable for the crimes";
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"),
				StatementImportPipeline.withBuiltInExtractors().withTextCleaner(new PhotoCreditCaption(), 0))) {
			Statement statement = fixture.importOne(seed()).statement().orElseThrow();
			int start = statement.text().indexOf(quote);
			assertTrue(start > 0, statement.text());
			int plainStart = plain("plain").text().indexOf(quote);
			assertNotEquals(plainStart, start, "the quote comes after the removed caption");
			Excerpt excerpt = fixture.project.addExcerpt(statement.id(), start, start + quote.length(), Optional.empty());
			assertEquals(quote, decoded.substring(excerpt.originalSpan().start(), excerpt.originalSpan().end()));
			assertTrue(ProjectVerifier.standard().verify(fixture.project).passed());

			Report report = ReportAssembler.assemble(fixture.project, List.of(excerpt.id()), ReportTemplate.DOSSIER,
					"Cleaned by a plugin", Optional.empty(), Clock.systemUTC());
			Path html = temp.resolve("report.html");
			ReportService.withBuiltInExporters().export(report, "html", html, false);
			List<QuoteCheck> checks = ReportVerifier.verify(html, CitedOriginals.of(fixture.project));
			assertEquals(1, checks.size());
			assertTrue(checks.get(0).verified(), checks.toString());
		}
	}
}
