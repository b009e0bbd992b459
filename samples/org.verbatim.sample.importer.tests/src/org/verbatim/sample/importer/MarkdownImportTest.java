package org.verbatim.sample.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * The sample plugin imports a Markdown press release into a real project through Verbatim's own
 * import pipeline: title, date, clean text and the offset of every clean character; its cleaner
 * takes the notes to editors out of the text.
 */
@SuppressWarnings("restriction") // the pipeline and store implementations, used as Verbatim itself uses them
class MarkdownImportTest {

	@TempDir
	Path temp;

	private static final String CLEAN = """
			Ministry commemorates the victims of Black January

			The ministry recalls that on 20 January 1990 hundreds of civilians were killed in Baku.

			"We remember every name," the minister said.

			Ceremony at the Alley of Martyrs at 10:00
			 Wreaths laid by the diplomatic corps
			""";

	private static String sample() throws IOException {
		try (InputStream in = MarkdownImportTest.class.getClassLoader().getResourceAsStream("data/press-release.md")) {
			return new String(in.readAllBytes(), UTF_8);
		}
	}

	/** The ranking a component declares (OSGI-INF, generated from the {@code @Component} annotation). */
	private static int declaredRanking(Class<?> component, Class<?> service) throws IOException {
		String name = "OSGI-INF/" + component.getName() + ".xml";
		try (InputStream in = MarkdownImportTest.class.getClassLoader().getResourceAsStream(name)) {
			String xml = new String(in.readAllBytes(), UTF_8);
			assertTrue(xml.contains("interface=\"" + service.getName() + "\""), xml);
			Matcher ranking = Pattern.compile("name=\"service.ranking\"[^>]*value=\"(-?\\d+)\"").matcher(xml);
			assertTrue(ranking.find(), xml);
			return Integer.parseInt(ranking.group(1));
		}
	}

	/** Verbatim's pipeline with the plugin's extractor alone. */
	private static StatementImportPipeline extractorOnly() throws IOException {
		return StatementImportPipeline.withBuiltInExtractors().withExtractor(new MarkdownExtractor(),
				declaredRanking(MarkdownExtractor.class, DocumentExtractor.class));
	}

	/** Verbatim's pipeline with both services of the plugin, at the rankings their components declare. */
	private static StatementImportPipeline pipeline() throws IOException {
		return extractorOnly().withTextCleaner(new ReleaseNoticeCleaner(),
				declaredRanking(ReleaseNoticeCleaner.class, TextCleaner.class));
	}

	@Test
	void theComponentsAreRankedAboveTheBuiltInServices() throws IOException {
		assertEquals(100, declaredRanking(MarkdownExtractor.class, DocumentExtractor.class));
		assertEquals(100, declaredRanking(ReleaseNoticeCleaner.class, TextCleaner.class));
	}

	@Test
	void theCleanerRemovesTheNotesToEditorsUnderThePluginsRules() throws Exception {
		String markdown = sample();
		Path file = Files.writeString(temp.resolve("press-release.md"), markdown, UTF_8);
		try (Project project = new SqliteProjectStore().create(temp.resolve("without"))) {
			extractorOnly().importSources(project, List.of(file.toString()), ImportOptions.defaults(), ImportListener.NONE);
			assertTrue(project.statements().get(0).text().startsWith("FOR IMMEDIATE RELEASE\nMedia contact: "),
					"without the cleaner the notes stay");
		}
		try (Project project = new SqliteProjectStore().create(temp.resolve("with"))) {
			pipeline().importSources(project, List.of(file.toString()), ImportOptions.defaults(), ImportListener.NONE);
			Statement statement = project.statements().get(0);
			assertTrue(statement.text().startsWith("Ministry commemorates"), statement.text());
			List<Removal> removals = project.removals(statement.id());
			Removal release = removals.stream()
					.filter(r -> r.rule().equals("org.verbatim.sample.importer/immediate-release-line")).findFirst()
					.orElseThrow(() -> new AssertionError(removals.toString()));
			assertEquals("FOR IMMEDIATE RELEASE\n", markdown.substring(release.originalStart(), release.originalEnd()));
			Removal contact = removals.stream()
					.filter(r -> r.rule().equals("org.verbatim.sample.importer/media-contact-line")).findFirst()
					.orElseThrow(() -> new AssertionError(removals.toString()));
			assertEquals("Media contact: Press Office, +994 12 000 00 00\n\n",
					markdown.substring(contact.originalStart(), contact.originalEnd()));
			// the title's evidence moved with the text: it still points at the title
			OffsetMap.Span title = project.metadata(statement.id()).title().orElseThrow().evidence().where().orElseThrow();
			assertEquals("Ministry commemorates the victims of Black January",
					statement.text().substring(title.start(), title.end()));
		}
	}

	@Test
	void importsAMarkdownPressReleaseWithTitleDateTextAndOffsets() throws Exception {
		String markdown = sample();
		Path file = Files.writeString(temp.resolve("press-release.md"), markdown, UTF_8);
		try (Project project = new SqliteProjectStore().create(temp.resolve("project"))) {
			ImportReport report = pipeline().importSources(project, List.of(file.toString()), ImportOptions.defaults(),
					ImportListener.NONE);
			assertEquals(List.of(), report.problems());
			Statement statement = project.statements().get(0);
			StatementMetadata metadata = project.metadata(statement.id());

			assertEquals("Ministry commemorates the victims of Black January", metadata.title().orElseThrow().value());
			assertEquals("# Ministry commemorates the victims of *Black January*",
					metadata.title().orElseThrow().evidence().quote());
			assertEquals(LocalDate.of(2020, 1, 20), metadata.issued().orElseThrow().value());
			assertEquals("date: 2020-01-20", metadata.issued().orElseThrow().evidence().quote());
			assertEquals(CLEAN, statement.text());

			OffsetMap offsets = project.offsets(statement.id());
			assertEquals(statement.text().length(), offsets.cleanLength());
			for (int i = 0; i < statement.text().length(); i++) {
				OffsetMap.Span from = offsets.toOriginal(i, i + 1);
				assertEquals(String.valueOf(statement.text().charAt(i)), markdown.substring(from.start(), from.end()),
						"clean character " + i + " maps to the wrong original character");
			}
			List<Removal> removals = project.removals(statement.id());
			assertTrue(removals.stream().anyMatch(r -> r.rule().equals("markdown-front-matter")
					&& r.text().startsWith("---\ntitle: draft headline")), removals.toString());
			assertTrue(removals.stream().anyMatch(r -> r.rule().equals("markdown-link")
					&& r.text().equals("](https://example.org/alley)")), removals.toString());
			// what was kept and what was removed add up to the whole original
			int removed = removals.stream().mapToInt(r -> r.originalEnd() - r.originalStart()).sum();
			assertEquals(markdown.length(), statement.text().length() + removed);
		}
	}

	@Test
	void folderImportTakesMarkdownFilesOnlyWithThePlugin() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("releases"));
		Files.writeString(folder.resolve("press-release.md"), sample(), UTF_8);
		try (Project project = new SqliteProjectStore().create(temp.resolve("without"))) {
			ImportReport report = StatementImportPipeline.withBuiltInExtractors().importSources(project,
					List.of(folder.toString()), ImportOptions.defaults(), ImportListener.NONE);
			assertEquals(FileOutcome.Kind.SKIPPED, report.problems().get(0).kind());
		}
		try (Project project = new SqliteProjectStore().create(temp.resolve("with"))) {
			pipeline().importSources(project, List.of(folder.toString()), ImportOptions.defaults(), ImportListener.NONE);
			assertEquals(1, project.statements().size());
			assertEquals("Ministry commemorates the victims of Black January", project.statements().get(0).title().orElseThrow());
		}
	}
}
