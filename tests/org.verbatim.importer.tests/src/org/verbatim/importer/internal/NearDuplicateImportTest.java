package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
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

	/**
	 * The project as the pipeline sees it, counting which statements it reads in full and hiding the
	 * stored signatures of {@code unsigned} (as if they had never been signed).
	 */
	private static Project watched(Project project, List<String> reads, Set<StatementId> unsigned) {
		InvocationHandler handler = (proxy, method, args) -> {
			switch (method.getName()) {
			case "statements" -> reads.add("all");
			case "statement" -> reads.add(args[0].toString());
			default -> {
			}
			}
			try {
				Object result = method.invoke(project, args);
				if (method.getName().equals("nearDuplicateSignatures")) {
					Map<StatementId, int[]> signatures = new LinkedHashMap<>(castSignatures(result));
					signatures.keySet().removeAll(unsigned);
					return signatures;
				}
				return result;
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (Project) Proxy.newProxyInstance(Project.class.getClassLoader(), new Class<?>[] { Project.class }, handler);
	}

	@SuppressWarnings("unchecked")
	private static Map<StatementId, int[]> castSignatures(Object signatures) {
		return (Map<StatementId, int[]>) signatures;
	}

	/** Imports the seed and two other statements, then a republished copy of the seed watched. */
	private void importCopyWatched(Path seed, Set<StatementId> unsigned, List<String> reads) throws Exception {
		Path other = Seeds.folder().resolve("000_27967090eb5e547d.txt");
		fixture.importAll(ImportListener.NONE, List.of(seed, other, Seeds.folder().resolve("001_b3496bafa948e7cd.txt")));
		Path copy = Files.writeString(temp.resolve("copy.txt"), "Source: News.Az\n\n" + Files.readString(seed, UTF_8), UTF_8);
		ImportReport report = StatementImportPipeline.withBuiltInExtractors().importPaths(
				watched(fixture.project, reads, unsigned), List.of(copy), ImportOptions.defaults(), ImportListener.NONE);
		assertEquals(1, report.count(Kind.IMPORTED));
	}

	@Test
	void groupingAtTheNextImportReadsNoStoredTextAndGroupsAsBefore() throws Exception {
		List<String> reads = new ArrayList<>();
		importCopyWatched(Seeds.folder().resolve("002_c12bd01232c6c3f2.txt"), Set.of(), reads);
		assertEquals(List.of(), reads, "texts read to rebuild the near-duplicate index");
		StatementId copy = new StatementId(4);
		NearDuplicateGroup group = fixture.project.nearDuplicates(copy).orElseThrow();
		assertEquals(List.of(new StatementId(1), copy), group.members());
		assertEquals(Optional.empty(), fixture.project.nearDuplicates(new StatementId(2)));
		assertEquals(Optional.empty(), fixture.project.nearDuplicates(new StatementId(3)));
	}

	@Test
	void onlyAStatementWithoutAStoredSignatureIsReadAndItIsSignedOnce() throws Exception {
		List<String> reads = new ArrayList<>();
		StatementId first = new StatementId(1);
		importCopyWatched(Seeds.folder().resolve("002_c12bd01232c6c3f2.txt"), Set.of(first), reads);
		assertEquals(List.of("S1"), reads);
		assertEquals(List.of(first, new StatementId(4)),
				fixture.project.nearDuplicates(new StatementId(4)).orElseThrow().members());
	}
}
