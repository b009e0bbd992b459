package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.provenance.ProjectFixtures.importSeeds;
import static org.verbatim.provenance.ProjectFixtures.snapshot;
import static org.verbatim.provenance.ProjectFixtures.tamper;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.store.internal.SqliteProjectStore;

/** A project written before the provenance log (schema 5) gets its import records when upgraded. */
class OlderProjectTest {

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	@Test
	void aProjectWithoutRecordsIsNotUpgradedByVerifyButVerifiesOnceUpgraded() throws Exception {
		Path dir = temp.resolve("old");
		try (Project project = store.create(dir)) {
			importSeeds(project);
		}
		// what schema 5 had: no log
		tamper(dir, "DROP TABLE metadata_history", "DROP TABLE analyst_changes", "DROP TABLE tags", "DROP TABLE excerpts",
				"ALTER TABLE statements DROP COLUMN version", "DROP INDEX statements_by_source", "DROP TABLE prov_mentions",
				"DROP TABLE prov_records", "PRAGMA user_version = 5");
		TreeMap<String, String> before = snapshot(dir);
		StoreException refused = assertThrows(StoreException.class, () -> store.openReadOnly(dir));
		assertTrue(refused.getMessage().contains("older version of Verbatim (schema 5"), refused.getMessage());
		assertEquals(before, snapshot(dir));

		store.open(dir).close();
		try (Project project = store.openReadOnly(dir)) {
			VerificationReport report = ProjectVerifier.standard().verify(project);
			assertEquals(List.of(), report.findings());
			assertEquals(5, report.records());
			assertEquals(List.of("import-recorded-later"), project.provenance(0, 10).stream()
					.map(e -> e.record().content().change()).distinct().toList());
		}
	}
}
