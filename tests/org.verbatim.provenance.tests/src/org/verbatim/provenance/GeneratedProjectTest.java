package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.provenance.internal.bench.GeneratedStatements;
import org.verbatim.provenance.internal.bench.VerifyBenchmark;
import org.verbatim.store.internal.SqliteProjectStore;

/** The generated statements bench verify measures on are consistent imports: they verify. */
class GeneratedProjectTest {

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	@Test
	void generatedStatementsVerifyAndHaveOffsetsRemovalsAndMetadata() throws Exception {
		Path dir = temp.resolve("p");
		GeneratedStatements generated = new GeneratedStatements(7);
		try (Project project = store.create(dir)) {
			for (int i = 1; i <= 40; i++) {
				var added = project.add(generated.next(i));
				assertFalse(added.duplicate());
			}
			var id = project.statementIds().get(0);
			assertTrue(project.offsets(id).runs().size() > 10);
			assertEquals(2, project.removals(id).size());
			assertFalse(project.metadata(id).speakers().isEmpty());
		}
		try (Project project = store.openReadOnly(dir)) {
			VerificationReport report = ProjectVerifier.standard().verify(project);
			assertEquals(List.of(), report.findings());
			assertEquals(40, report.statements());
			assertEquals(40, report.records());
		}
	}

	@Test
	void theBenchmarkVerifiesItsProjectAndDeletesIt() throws Exception {
		List<Long> progress = new ArrayList<>();
		VerifyBenchmark.Result result = VerifyBenchmark.run(store, 30, temp, progress::add);
		assertTrue(result.report().passed(), result.report().findings().toString());
		assertEquals(30, result.report().statements());
		assertEquals(30, result.report().records());
		assertEquals(List.of(), progress);
		assertTrue(result.projectBytes() > 0);
		try (var left = Files.list(temp)) {
			assertEquals(0, left.count());
		}
	}
}
