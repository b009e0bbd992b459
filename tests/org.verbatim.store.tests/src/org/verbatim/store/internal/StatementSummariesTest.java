package org.verbatim.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StatementSummary.SpeakerRole;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;

/**
 * The light listing of a project's statements ({@link Project#summaries()}): on the seeds it says
 * what the store's per-statement queries say, and it follows edits, undo, tags and new retrievals.
 */
class StatementSummariesTest {

	private static final StatementId S1 = new StatementId(1);
	private static final StatementId S3 = new StatementId(3);

	@TempDir
	Path temp;

	@Test
	void summariesOfTheSeedsSayWhatTheStatementMetadataAndTagsSay() throws Exception {
		try (Project project = seeds()) {
			project.tag("S2", "remembrance");
			project.tag("S2", "casualties");
			project.tag("S4", "remembrance");
			project.addExcerpt(new StatementId(5), 0, 10, Optional.empty());
			project.tag("E1", "excerpt-only");

			List<StatementSummary> summaries = project.summaries();
			assertEquals(project.statementIds(), summaries.stream().map(StatementSummary::id).toList());
			assertEquals(expected(project), summaries);
			// tags sorted, only the statement's own (an excerpt's tag stays with the excerpt)
			assertEquals(List.of("casualties", "remembrance"), summaries.get(1).tags());
			assertTrue(summaries.stream().noneMatch(s -> s.tags().contains("excerpt-only")));
			// what the seeds' gold says, as a check that the comparison is not between two empty lists
			StatementSummary s1 = summaries.get(0);
			assertEquals(Optional.of("ISESCO"), s1.publisher());
			assertEquals(Optional.of(LocalDate.parse("2019-01-18")), s1.issued());
			assertEquals(new SpeakerRole("Abdulaziz Othman Altwaijri", Optional.of("Director General"),
					Optional.of("Islamic Educational, Scientific and Cultural Organization (ISESCO)")), s1.speakers().get(0));
			assertEquals(List.of("Black January"), s1.eventNames());
			assertEquals(5, summaries.get(4).speakerNames().size(), summaries.get(4).speakers().toString());
		}
	}

	@Test
	void aStatementWithoutTitleIsLabelledByPublisherAndDate() throws Exception {
		try (Project project = seeds()) {
			StatementSummary s3 = project.summaries().get(2);
			// gold.json: the News.Az page has no headline; the extractor rightly reads none
			assertEquals(Optional.empty(), s3.title());
			assertEquals("News.Az, 2025-02-27", s3.label());
			project.editMetadata(S3, "title", Optional.of("OIC Secretary-General on Khojaly"));
			assertEquals("OIC Secretary-General on Khojaly", project.summaries().get(2).label());
		}
	}

	@Test
	void anEditedStatementIsListedWithItsLatestMetadataAndUndoIsReflected() throws Exception {
		try (Project project = seeds()) {
			StatementSummary before = project.summaries().get(0);
			project.editMetadata(S1, "publisher", Optional.of("ISESCO Secretariat"));
			project.editMetadata(S1, "speakers", Optional.of("Salim M. AlMalik (Director General); Ann Example"));
			project.editMetadata(S1, "issued", Optional.empty());
			project.editMetadata(S1, "title", Optional.of("Black January, 29th anniversary"));

			StatementSummary edited = project.summaries().get(0);
			assertEquals(Optional.of("ISESCO Secretariat"), edited.publisher());
			assertEquals(List.of(new SpeakerRole("Salim M. AlMalik", Optional.of("Director General"), Optional.empty()),
					new SpeakerRole("Ann Example", Optional.empty(), Optional.empty())), edited.speakers());
			assertEquals(Optional.empty(), edited.issued());
			assertEquals(Optional.of("Black January, 29th anniversary"), edited.title());
			assertEquals(expected(project), project.summaries());

			for (int i = 0; i < 4; i++) {
				assertTrue(project.undoLast().isPresent());
			}
			assertEquals(before, project.summaries().get(0));
			assertEquals(expected(project), project.summaries());
		}
	}

	@Test
	void theSameBytesReadAgainCountAsAnotherRetrievalOfTheSameStatement() throws Exception {
		try (Project project = seeds()) {
			Path copy = Files.copy(seedFiles().get(0), temp.resolve("copy of the first seed.txt"));
			StoreFixtures.importer().importSources(project, List.of(copy.toString()),
					ImportOptions.defaults(), ImportListener.NONE);
			StatementSummary s1 = project.summaries().get(0);
			assertEquals(2, s1.retrievalCount());
			assertEquals(copy.toString(), s1.lastRetrieval().orElseThrow().source());
			assertEquals(expected(project), project.summaries());
		}
	}

	@Test
	void anEmptyProjectListsNothingAndAMadeUpStatementListsOnlyItsTitle() throws Exception {
		try (Project project = new SqliteProjectStore().create(temp.resolve("empty"))) {
			assertEquals(List.of(), project.summaries());
			project.add(StoreFixtures.statement("/data/a.txt", "Plain text with nothing read out of it."));
			StatementSummary only = project.summaries().get(0);
			assertEquals(Optional.of("Title of /data/a.txt"), only.title());
			assertFalse(only.publisher().isPresent() || only.issued().isPresent() || !only.speakers().isEmpty());
			assertEquals(1, only.retrievalCount());
			assertEquals(expected(project), project.summaries());
		}
	}

	/** What the per-statement queries say of every statement, as summaries. */
	private static List<StatementSummary> expected(Project project) throws StoreException {
		List<StatementSummary> expected = new ArrayList<>();
		for (StatementId id : project.statementIds()) {
			Statement statement = project.statement(id).orElseThrow();
			expected.add(StatementSummary.of(statement, project.metadata(id), project.tags(id.toString()),
					project.retrievals(statement.original())));
		}
		return expected;
	}

	/** A new project with the five seeds of {@code shared/seeds} imported, in file name order. */
	private Project seeds() throws Exception {
		Project project = new SqliteProjectStore().create(temp.resolve("seeds"));
		List<String> files = seedFiles().stream().map(Path::toString).toList();
		StoreFixtures.importer().importSources(project, files, ImportOptions.defaults(),
				ImportListener.NONE);
		assertEquals(files.size(), project.statementCount());
		return project;
	}

	private static List<Path> seedFiles() throws IOException {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				try (Stream<Path> files = Files.list(seeds)) {
					return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
				}
			}
		}
		throw new IOException("No shared/seeds folder beside the checkout (above " + Path.of("").toAbsolutePath()
				+ "); the summary tests need the five seed statements");
	}
}
