package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.Statement;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.internal.dedup.MinHasher;

/** A statement republished by another outlet is grouped with the original at import. */
class NearDuplicateImportTest extends ImportIntoNewProject {

	@Test
	void aRepublishedCopyIsLinkedToTheEarlierOriginalAndAnUnrelatedStatementIsNot() throws Exception {
		Path seed = Seeds.folder().resolve("004_3e498db7395cf49c.txt");
		String text = Files.readString(seed, UTF_8);
		// another outlet: its own furniture around the text, one sentence reworded
		String republished = "Home | World | Politics\\n\\nShare this article\\n\\n"
				+ text.replace("participated in the seminar", "took part in the seminar")
				+ "\\n\\nRelated: Embassy hosts cultural evening\\n";
		Path copy = Files.writeString(temp.resolve("outlet-copy.txt"), republished, UTF_8);
		Path other = Seeds.folder().resolve("000_27967090eb5e547d.txt");

		List<FileOutcome> outcomes = fixture.importAll(ImportListener.NONE, List.of(seed, copy, other)).outcomes();
		assertEquals(List.of(Kind.IMPORTED, Kind.IMPORTED, Kind.IMPORTED), outcomes.stream().map(FileOutcome::kind).toList());
		assertEquals("near-duplicate of S1 (the same text republished)", outcomes.get(1).message());
		assertEquals("", outcomes.get(2).message());

		List<Statement> statements = fixture.project.statements();
		NearDuplicateGroup group = fixture.project.nearDuplicates(statements.get(1).id()).orElseThrow();
		assertEquals(statements.get(0).id(), group.canonical());
		assertEquals(List.of(statements.get(0).id(), statements.get(1).id()), group.members());
		assertEquals(Optional.empty(), fixture.project.nearDuplicates(statements.get(2).id()));
	}

	@Test
	void statementsImportedBeforeGroupingAreSignedAtTheNextImport() throws Exception {
		Path seed = Seeds.folder().resolve("002_c12bd01232c6c3f2.txt");
		fixture.importAll(ImportListener.NONE, List.of(seed));
		Statement first = fixture.project.statements().get(0);
		// as if imported by a version without grouping: no signature stored
		fixture.project.recordNearDuplicates(first.id(), "an-old-scheme", new int[] { 1 }, Optional.empty());
		assertTrue(fixture.project.nearDuplicateSignatures(
				MinHasher.SCHEME).isEmpty());

		Path copy = Files.writeString(temp.resolve("copy.txt"), "Source: News.Az\\n\\n" + Files.readString(seed, UTF_8), UTF_8);
		FileOutcome outcome = fixture.importAll(ImportListener.NONE, List.of(copy)).outcomes().get(0);
		assertEquals("near-duplicate of S1 (the same text republished)", outcome.message());
		assertEquals(2, fixture.project.nearDuplicateSignatures(
				MinHasher.SCHEME).size());
	}
}
