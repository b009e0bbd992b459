package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;

/** Imports the real sample statements from shared/seeds. */
class SeedImportTest extends ImportIntoNewProject {

	@Test
	void eachSeedNamedExplicitlyIsImportedCleanedWithItsGoldTitleAndOffsetsBackToTheOriginal() throws Exception {
		Map<String, Optional<String>> gold = Seeds.goldTitles();
		List<Path> files = gold.keySet().stream().map(Seeds.folder()::resolve).toList();
		ImportFixture.Imported report = fixture.importAll(ImportListener.NONE, files);
		assertEquals(5, report.of(Kind.IMPORTED).size(), report.toString());
		assertFalse(report.report().hasFailures());
		List<Statement> statements = fixture.project.statements();
		assertEquals(5, statements.size());
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			Statement s = statements.get(i);
			assertEquals("S" + (i + 1), s.id().toString());
			assertEquals(gold.get(file.getFileName().toString()), s.title(), file.toString());
			byte[] bytes = Files.readAllBytes(file);
			String decoded = new String(bytes, UTF_8);
			for (OffsetMap.Run run : fixture.project.offsets(s.id()).runs()) {
				if (run.kind() == OffsetMap.Run.Kind.COPY) {
					assertEquals(decoded.substring(run.originalStart(), run.originalEnd()),
							s.text().substring(run.cleanStart(), run.cleanEnd()), "stored offsets lead back to the original");
				}
			}
			assertFalse(fixture.project.removals(s.id()).isEmpty(), "every seed carries page furniture");
			assertEquals(s.title(), fixture.project.metadata(s.id()).title().map(Evidenced::value));
			assertEquals(file.toAbsolutePath().normalize().toString(), s.source());
			assertEquals("UTF-8", s.charset());
			assertEquals("valid-utf8", s.charsetRule());
			assertArrayEquals(bytes, fixture.project.readOriginal(s.original()));
			assertEquals(Optional.of(s), report.outcomes().get(i).statement());
		}
		assertEquals("002_c12bd01232c6c3f2.txt", statements.get(2).label(), "no title: labelled by file name");
	}

	@Test
	void seedFolderImportsTheTextFilesInNameOrderAndSkipsGoldJson() throws Exception {
		List<FileOutcome> heard = new ArrayList<>();
		ImportFixture.Imported report = fixture.importAll(heard::add, List.of(Seeds.folder()));
		assertEquals(report.outcomes(), heard, "the listener hears every file, in order");
		assertEquals(heard.size(), report.report().total(), "the report counts every file the listener heard");
		assertEquals(report.of(Kind.SKIPPED), report.report().problems(), "skips are the report's only problems here");
		assertEquals(List.of("000_27967090eb5e547d.txt", "001_b3496bafa948e7cd.txt", "002_c12bd01232c6c3f2.txt",
				"003_043353f07896bc72.txt", "004_3e498db7395cf49c.txt"),
				report.of(Kind.IMPORTED).stream().map(o -> Path.of(o.source()).getFileName().toString()).toList());
		assertEquals(1, report.of(Kind.SKIPPED).size());
		FileOutcome skipped = report.of(Kind.SKIPPED).get(0);
		assertEquals(Seeds.folder().resolve("gold.json").toString(), skipped.source());
		assertEquals("not a supported file type (.json); name it explicitly to import it anyway", skipped.message());
		assertEquals(Seeds.folder().resolve("gold.json") + ": not a supported file type (.json); "
				+ "name it explicitly to import it anyway", skipped.problemLine());
		assertEquals(5, fixture.project.statements().size());
		assertFalse(report.report().hasFailures());
	}

	@Test
	void importingTheSeedsAgainFindsFiveDuplicatesAndAddsNothing() throws Exception {
		List<Statement> first = new ArrayList<>();
		fixture.importAll(ImportListener.NONE, List.of(Seeds.folder())).of(Kind.IMPORTED)
				.forEach(o -> first.add(o.statement().orElseThrow()));
		ImportFixture.Imported again = fixture.importAll(ImportListener.NONE, List.of(Seeds.folder()));
		List<FileOutcome> duplicates = again.of(Kind.DUPLICATE);
		assertEquals(5, duplicates.size());
		assertEquals(0, again.of(Kind.IMPORTED).size());
		for (int i = 0; i < 5; i++) {
			Statement earlier = first.get(i);
			assertEquals(Optional.of(earlier), duplicates.get(i).statement());
			assertEquals("has the same bytes as " + earlier.id() + " (" + earlier.source()
					+ "); recorded as another retrieval", duplicates.get(i).message());
			assertEquals(2, fixture.project.retrievals(earlier.original()).size());
		}
		assertEquals(5, fixture.project.statements().size());
	}

	@Test
	void aCopyUnderAnotherNameIsADuplicateOfTheSeed() throws Exception {
		Path seed = Seeds.folder().resolve("003_043353f07896bc72.txt");
		Path copy = Files.copy(seed, temp.resolve("renamed.txt"));
		ImportFixture.Imported report = fixture.importAll(ImportListener.NONE, List.of(seed, copy));
		assertEquals(List.of(Kind.IMPORTED, Kind.DUPLICATE), report.outcomes().stream().map(FileOutcome::kind).toList());
		assertEquals("S1", report.outcomes().get(1).statement().orElseThrow().id().toString());
		assertEquals(1, fixture.project.statements().size());
	}
}
