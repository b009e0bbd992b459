package org.verbatim.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;
import static org.verbatim.store.internal.StoreFixtures.queryLong;
import static org.verbatim.store.internal.StoreFixtures.queryString;
import static org.verbatim.store.internal.StoreFixtures.snapshot;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

class SchemaMigrationTest {

	/** A second schema step as a later Verbatim might add it. */
	private static final SchemaMigration ADD_LANGUAGE = SchemaMigration.ofSql("statement language",
			"ALTER TABLE statements ADD COLUMN language TEXT", "UPDATE statements SET language = 'en'");

	/** The schema version this code writes. */
	private static final int CURRENT = Schema.MIGRATIONS.size();

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	@Test
	void thisVersionWritesSchemaNine() {
		assertEquals(CURRENT, store.schemaVersion());
		assertEquals(9, CURRENT);
	}

	@Test
	void statementsStoredBeforeTheLogGetTheirImportRecordsOnUpgrade() throws Exception {
		Path dir = temp.resolve("p");
		Path db = dir.resolve("verbatim.db");
		SqliteProjectStore versionFive = new SqliteProjectStore(Schema.MIGRATIONS.subList(0, 5), Clock.systemUTC());
		versionFive.create(dir).close();
		String text = "Baku, 20 January. A statement.";
		byte[] bytes = ("<p>" + text + "</p>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String sha = org.verbatim.core.Sha256.hex(bytes);
		Files.createDirectories(dir.resolve("originals").resolve(sha.substring(0, 2)));
		Files.write(dir.resolve("originals").resolve(sha.substring(0, 2)).resolve(sha), bytes);
		// rows as version five wrote them: a statement with an offset map, a removal, metadata and its fetch
		execute(db, "INSERT INTO originals VALUES ('" + sha + "', " + bytes.length + ", '2026-01-02T03:04:05Z')",
				"INSERT INTO statements (title, text, source, original_sha256, original_size, charset, charset_rule, "
						+ "imported_at) VALUES ('A title', '" + text + "', 'https://example.org/a', '" + sha + "', "
						+ bytes.length + ", 'UTF-8', 'http-header', '2026-01-02T03:04:05Z')",
				"INSERT INTO removals VALUES (1, 0, 0, 3, 'tag', '<p>')",
				"INSERT INTO metadata_values (statement_id, field, ordinal, value, rule, quote, clean_start, clean_end) "
						+ "VALUES (1, 'issued', 0, '2026-01-20', 'dateline', '20 January', 6, 16)",
				"INSERT INTO retrievals (original_sha256, source, retrieved_at, final_location, http_status, http_headers) "
						+ "VALUES ('" + sha + "', 'https://example.org/a', '2026-01-02T03:04:00Z', NULL, 200, 'Server: x')");
		try (Project project = store.open(dir)) {
			var entries = project.provenance(0, 10);
			assertEquals(1, entries.size());
			var entry = entries.get(0);
			assertTrue(entry.hashMatches());
			var content = entry.record().content();
			assertEquals(ImportRecordBackfill.CHANGE, content.change());
			var id = new org.verbatim.core.StatementId(1);
			assertEquals(org.verbatim.core.prov.TextDigests.text(text), content.entity(
					org.verbatim.core.prov.ProvIds.cleanText(id, 1)).orElseThrow().attribute("sha256").orElseThrow());
			assertEquals(org.verbatim.core.prov.TextDigests.removals(project.removals(id)),
					content.activities().stream().filter(a -> a.type().equals("clean")).findFirst().orElseThrow()
							.attribute("removals-sha256").orElseThrow());
			var fetch = content.activities().stream().filter(a -> a.type().equals("fetch")).findFirst().orElseThrow();
			assertEquals("2026-01-02T03:04:00Z", fetch.attribute("retrieved-at").orElseThrow());
			var extract = content.activities().stream().filter(a -> a.type().equals("extract")).findFirst().orElseThrow();
			assertEquals("2026-01-20", extract.attribute("issued").orElseThrow());
			assertEquals(1, project.provenanceAbout(org.verbatim.core.prov.ProvIds.statement(id, 1)).size());
			// a statement added after the upgrade gets its record as usual, and no second one is written
			project.add(statement("/b.txt", "added after the upgrade"));
		}
		store.open(dir).close();
		assertEquals(2, queryLong(db, "SELECT count(*) FROM prov_records"));
	}

	@Test
	void aReadOnlyProjectRefusesChangesAndLeavesTheFolderAlone() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(statement("/a.txt", "text"));
		}
		TreeMap<String, String> before = snapshot(dir);
		try (Project project = store.openReadOnly(dir)) {
			assertEquals("text", project.statements().get(0).text());
			StoreException e = assertThrows(StoreException.class, () -> project.add(statement("/b.txt", "more")));
			assertTrue(e.getMessage().contains("open for reading only"), e.getMessage());
			assertThrows(StoreException.class, () -> project.archive(new byte[] { 1, 2 }));
			assertThrows(StoreException.class, () -> project.saveSearch("a", "b"));
		}
		assertEquals(before, snapshot(dir));
	}

	@Test
	void aSchemaThreeProjectGainsTheFailedImportsAndKeepsItsStatements() throws Exception {
		Path dir = temp.resolve("p");
		SqliteProjectStore versionThree = new SqliteProjectStore(Schema.MIGRATIONS.subList(0, 3), Clock.systemUTC());
		try (Project project = versionThree.create(dir)) {
			// the rows version three wrote (this code would also write its provenance)
			execute(dir.resolve("verbatim.db"),
					"INSERT INTO originals VALUES ('" + "a".repeat(64) + "', 24, '2026-01-01T00:00:00Z')",
					"INSERT INTO statements (text, source, original_sha256, original_size, charset, charset_rule, "
							+ "imported_at) VALUES ('written by version three', '/a.txt', '" + "a".repeat(64)
							+ "', 24, 'UTF-8', 'valid-utf8', '2026-01-01T00:00:00Z')");
		}
		try (Project project = store.open(dir)) {
			assertEquals("written by version three", project.statements().get(0).text());
			assertEquals(List.of(), project.failedImports());
			project.recordFailure("/b.html", Optional.empty(), "does not exist");
			assertEquals(1, project.failedImports().size());
		}
		assertEquals(CURRENT, queryLong(dir.resolve("verbatim.db"), "PRAGMA user_version"));
	}

	@Test
	void openingWithALaterStepUpgradesInPlaceAndKeepsTheStatements() throws Exception {
		Path dir = temp.resolve("p");
		Path db = dir.resolve("verbatim.db");
		try (Project project = store.create(dir)) {
			project.add(statement("/a.txt", "kept across the upgrade"));
		}
		SqliteProjectStore later = withSteps(ADD_LANGUAGE);
		try (Project project = later.open(dir)) {
			assertEquals("kept across the upgrade", project.statements().get(0).text());
			project.add(statement("/b.txt", "added after the upgrade"));
		}
		assertEquals(CURRENT + 1, queryLong(db, "PRAGMA user_version"));
		assertEquals("en", queryString(db, "SELECT language FROM statements WHERE id = 1"));
		assertEquals(2, queryLong(db, "SELECT count(*) FROM statements"));
		// reopening with the same version migrates nothing more
		later.open(dir).close();
		assertEquals(CURRENT + 1, queryLong(db, "PRAGMA user_version"));
	}

	@Test
	void databaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(statement("/a.txt", "text"));
		}
		execute(dir.resolve("verbatim.db"), "PRAGMA user_version = " + (CURRENT + 2));
		TreeMap<String, String> before = snapshot(dir);
		StoreException e = assertThrows(StoreException.class, () -> store.open(dir));
		assertEquals(dir + " was written by a newer version of Verbatim (schema " + (CURRENT + 2)
				+ "; this version reads up to " + CURRENT + "): upgrade Verbatim to open it", e.getMessage());
		assertEquals(before, snapshot(dir));
	}

	@Test
	void projectUpgradedByALaterVersionIsRefusedByThisOne() throws Exception {
		Path dir = temp.resolve("p");
		store.create(dir).close();
		withSteps(ADD_LANGUAGE).open(dir).close();
		TreeMap<String, String> before = snapshot(dir);
		StoreException e = assertThrows(StoreException.class, () -> store.open(dir));
		assertTrue(e.getMessage().contains("(schema " + (CURRENT + 1) + "; this version reads up to " + CURRENT + ")"),
				e.getMessage());
		assertEquals(before, snapshot(dir));
	}

	@Test
	void aFailingStepRollsBackTheWholeUpgrade() throws Exception {
		Path dir = temp.resolve("p");
		Path db = dir.resolve("verbatim.db");
		try (Project project = store.create(dir)) {
			project.add(statement("/a.txt", "text"));
		}
		SchemaMigration broken = new SchemaMigration("half done", connection -> {
			try (var s = connection.createStatement()) {
				s.executeUpdate("CREATE TABLE half_done (name TEXT)");
				s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
			}
		});
		StoreException e = assertThrows(StoreException.class, () -> withSteps(ADD_LANGUAGE, broken).open(dir));
		assertTrue(e.getMessage().startsWith("Could not open the project in " + db), e.getMessage());
		assertTrue(e.getCause() instanceof SQLException);
		assertEquals(CURRENT, queryLong(db, "PRAGMA user_version"));
		assertEquals(0, queryLong(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
		assertEquals(0, queryLong(db, "SELECT count(*) FROM pragma_table_info('statements') WHERE name = 'language'"));
		try (Project project = store.open(dir)) {
			assertEquals(1, project.statements().size());
		}
	}

	@Test
	void handMadeSchemaZeroDatabaseIsUpgradedToTheCurrentSchema() throws Exception {
		// version 0: a Verbatim-marked SQLite file with no tables yet, in the default rollback journal mode
		Path dir = Files.createDirectory(temp.resolve("old-project"));
		Path db = dir.resolve("verbatim.db");
		execute(db, "PRAGMA application_id = " + Schema.APPLICATION_ID, "PRAGMA user_version = 0",
				"CREATE TABLE placeholder (x)");
		assertEquals("delete", queryString(db, "PRAGMA journal_mode"));
		try (Project project = store.open(dir)) {
			assertEquals("old-project", project.name());
			assertTrue(project.statements().isEmpty());
			assertEquals(1, project.add(statement("/a.txt", "text")).statement().id().number());
		}
		assertEquals(CURRENT, queryLong(db, "PRAGMA user_version"));
		assertEquals("wal", queryString(db, "PRAGMA journal_mode"));
	}

	@Test
	void currentSchemaWithoutItsTablesIsDamaged() throws Exception {
		Path dir = Files.createDirectory(temp.resolve("p"));
		Path db = dir.resolve("verbatim.db");
		execute(db, "PRAGMA application_id = " + Schema.APPLICATION_ID, "PRAGMA user_version = " + CURRENT,
				"CREATE TABLE project (x)");
		TreeMap<String, String> before = snapshot(dir);
		StoreException e = assertThrows(StoreException.class, () -> store.open(dir));
		assertEquals(db + " is damaged (the tables originals, statements are missing): restore the project folder "
				+ "from a backup; Verbatim has not changed it", e.getMessage());
		assertEquals(before, snapshot(dir));
	}

	@Test
	void versionOneProjectKeepsItsImportsAsRetrievalsAndItsTitlesAsGuessedMetadata() throws Exception {
		Path dir = temp.resolve("v1");
		Path db = dir.resolve("verbatim.db");
		SqliteProjectStore versionOne = new SqliteProjectStore(List.of(Schema.MIGRATIONS.get(0)), Clock.systemUTC());
		versionOne.create(dir).close();
		assertEquals(1, queryLong(db, "PRAGMA user_version"));
		// a statement as version one wrote it (today's code would also write the version-two tables)
		String sha = "a".repeat(64);
		execute(db, "INSERT INTO originals VALUES ('" + sha + "', 22, '2026-01-02T03:04:05Z')",
				"INSERT INTO statements (title, text, source, original_sha256, original_size, charset, charset_rule, "
						+ "imported_at) VALUES ('A title', 'written by version one', '/a.txt', '" + sha
						+ "', 22, 'UTF-8', 'valid-utf8', '2026-01-02T03:04:05Z')");
		try (Project project = store.open(dir)) {
			Statement s = project.statements().get(0);
			assertEquals(OffsetMap.identity(s.text().length()).runs(), project.offsets(s.id()).runs());
			assertTrue(project.removals(s.id()).isEmpty());
			StatementMetadata metadata = project.metadata(s.id());
			assertEquals(s.title().orElseThrow(), metadata.title().orElseThrow().value());
			assertEquals("headline-guess", metadata.title().orElseThrow().evidence().rule());
			List<Retrieval> retrievals = project.retrievals(s.original());
			assertEquals(1, retrievals.size());
			assertEquals("/a.txt", retrievals.get(0).source());
			assertEquals(s.importedAt(), retrievals.get(0).retrievedAt());
		}
		assertEquals(CURRENT, queryLong(db, "PRAGMA user_version"));
	}

	private static SqliteProjectStore withSteps(SchemaMigration... extra) {
		List<SchemaMigration> steps = new ArrayList<>(Schema.MIGRATIONS);
		steps.addAll(List.of(extra));
		return new SqliteProjectStore(steps, Clock.systemUTC());
	}
}
