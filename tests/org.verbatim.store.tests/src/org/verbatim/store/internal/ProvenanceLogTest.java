package org.verbatim.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;
import static org.verbatim.store.internal.StoreFixtures.queryLong;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.prov.TextDigests;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

class ProvenanceLogTest {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00.250Z");

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore(Schema.MIGRATIONS,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void everyChangeWritesOneChainedRecordThatReadsBackCanonically() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(statement("/data/a.txt", "First statement text."));
			project.add(statement("/data/a-again.txt", "First statement text."));
			project.add(statement("/data/b.txt", "Second statement text."));
			project.recordFailure("/data/c.bin", Optional.empty(), "is a binary file");
			project.recordNearDuplicates(new StatementId(2), "test", new int[] { 1 },
					Optional.of(new NearDuplicateGroup(new StatementId(1), List.of(new StatementId(1), new StatementId(2)))));
			project.addAliasGroup(List.of("Khojaly", "Xocalı"));
			project.saveSearch("k", "Khojaly");
		}
		try (Project project = store.open(dir)) {
			List<ProvEntry> entries = project.provenance(0, 100);
			assertEquals(List.of("import", "retrieval", "import", "failed-import", "group", "alias", "save-search"),
					entries.stream().map(e -> e.record().content().change()).toList());
			String previous = ProvChain.GENESIS;
			for (int i = 0; i < entries.size(); i++) {
				ProvEntry entry = entries.get(i);
				assertEquals(i + 1, entry.seq());
				assertEquals(previous, entry.previousHash());
				assertTrue(entry.hashMatches(), "record " + entry.seq());
				ProvRecord record = entry.record();
				assertTrue(record.hashMatches());
				previous = entry.hash();
			}
			assertEquals(2, project.provenance(5, 100).size());
		}
	}

	@Test
	void anImportRecordsTheOriginalCleanTextAndStatementWithTheirDigests() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			var added = project.add(statement("/data/a.txt", "Baku, 26 February. A statement."));
			StatementId id = added.statement().id();
			OriginalRef original = added.statement().original();
			List<ProvEntry> about = project.provenanceAbout(ProvIds.statement(id, 1));
			assertEquals(1, about.size());
			var content = about.get(0).record().content();
			assertEquals(List.of("read", "decode", "clean", "extract", "import"),
					content.activities().stream().map(a -> a.type()).toList());
			assertEquals(original.sha256(),
					content.entity(ProvIds.original(original.sha256())).orElseThrow().attribute(ChangeRecords.SHA256).orElseThrow());
			var clean = content.entity(ProvIds.cleanText(id, 1)).orElseThrow();
			assertEquals(TextDigests.text(added.statement().text()), clean.attribute(ChangeRecords.SHA256).orElseThrow());
			assertEquals(TextDigests.offsets(project.offsets(id)), clean.attribute(ChangeRecords.OFFSETS_SHA256).orElseThrow());
			assertTrue(content.relations().contains(ProvRelation.of(ProvRelation.WAS_DERIVED_FROM,
					ProvIds.statement(id, 1), ProvIds.cleanText(id, 1))));
			assertTrue(content.agents().stream().anyMatch(a -> a.kind().equals("analyst")));
			assertEquals(about, project.provenanceAbout(ProvIds.original(original.sha256())));
		}
	}

	@Test
	void changedContentFromTheSameSourceIsARevisionOfTheEarlierStatement() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			StatementId first = project.add(statement("https://example.org/a", "Version one.")).statement().id();
			project.add(statement("https://example.org/other", "Something else."));
			StatementId second = project.add(statement("https://example.org/a", "Version two.")).statement().id();
			assertEquals(Optional.empty(), project.revisionOf(first));
			assertEquals(Optional.of(first), project.revisionOf(second));
			var content = project.provenanceAbout(ProvIds.statement(second, 1)).get(0).record().content();
			assertTrue(content.relations().contains(ProvRelation.of(ProvRelation.WAS_REVISION_OF,
					ProvIds.statement(second, 1), ProvIds.statement(first, 1))), content.relations().toString());
			assertEquals(2, project.provenanceAbout(ProvIds.statement(first, 1)).size(),
					"the revision's record names the earlier statement too");
		}
	}

	@Test
	void theLogRefusesUpdatesAndDeletesAndAFailedChangeLeavesNoRecord() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(statement("/data/a.txt", "Some text."));
			// a failure naming an original that is not archived is refused: no record either
			assertThrows(StoreException.class, () -> project.recordFailure("/data/x", Optional.of(OriginalRef.of(new byte[] { 1 })), "x"));
			assertEquals(1, project.provenance(0, 10).size());
		}
		Path db = dir.resolve("verbatim.db");
		SQLException update = assertThrows(SQLException.class, () -> execute(db, "UPDATE prov_records SET record = 'x'"));
		assertTrue(update.getMessage().contains("append-only"), update.getMessage());
		assertThrows(SQLException.class, () -> execute(db, "DELETE FROM prov_records"));
		assertEquals(1, queryLong(db, "SELECT count(*) FROM prov_records"));
		assertFalse(queryLong(db, "SELECT count(*) FROM prov_mentions") == 0);
	}
}
