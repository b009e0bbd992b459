package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.provenance.ProjectFixtures.flipByte;
import static org.verbatim.provenance.ProjectFixtures.importSeeds;
import static org.verbatim.provenance.ProjectFixtures.originalFile;
import static org.verbatim.provenance.ProjectFixtures.queryBytes;
import static org.verbatim.provenance.ProjectFixtures.queryString;
import static org.verbatim.provenance.ProjectFixtures.snapshot;
import static org.verbatim.provenance.ProjectFixtures.tamper;
import static org.verbatim.provenance.ProjectFixtures.update;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.provenance.internal.ExcerptCheck;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.MetadataAttributes;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvJson;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * Verification of the seed statements' project: untouched it passes; each byte changed behind the
 * store's back (an original, a record, a text, an offset map, a metadata value, a removal, a removed
 * record) is found and named.
 */
class ProjectVerifierTest {

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	private Path dir;

	@BeforeEach
	void seedProject() throws Exception {
		dir = temp.resolve("seeds");
		try (Project project = store.create(dir)) {
			importSeeds(project);
		}
	}

	private VerificationReport verify() throws Exception {
		try (Project project = store.openReadOnly(dir)) {
			return ProjectVerifier.standard().verify(project);
		}
	}

	private Statement statement(long number) throws Exception {
		try (Project project = store.openReadOnly(dir)) {
			return project.statement(new StatementId(number)).orElseThrow();
		}
	}

	/** The findings about {@code subject} with {@code check}. */
	private static List<Finding> about(VerificationReport report, String subject, String check) {
		return report.findings().stream().filter(f -> f.subject().equals(subject) && f.check().equals(check)).toList();
	}

	private static void assertFound(VerificationReport report, String subject, String check) {
		assertFalse(report.passed());
		assertFalse(about(report, subject, check).isEmpty(),
				"no " + check + " finding about " + subject + " in " + report.findings());
	}

	@Test
	void anUntouchedProjectPassesAndIsLeftAsItWas() throws Exception {
		TreeMap<String, String> before = snapshot(dir);
		VerificationReport report = verify();
		assertEquals(List.of(), report.findings());
		assertTrue(report.passed());
		assertEquals(5, report.statements());
		assertEquals(5, report.originals());
		assertEquals(5, report.records());
		assertEquals(queryString(dir, "SELECT hash FROM prov_records ORDER BY seq DESC LIMIT 1"),
				report.headHash().orElseThrow());
		assertEquals(before, snapshot(dir));
	}

	@Test
	void aFlippedByteOfAnOriginalIsNamedByItsHash() throws Exception {
		String sha = statement(2).original().sha256();
		flipByte(originalFile(dir, sha), 10);
		VerificationReport report = verify();
		assertFound(report, "original " + sha, Finding.ORIGINAL);
		assertTrue(about(report, "original " + sha, Finding.ORIGINAL).get(0).message().contains("S2"),
				report.findings().toString());
		assertEquals(1, report.findings().size(), report.findings().toString());
	}

	@Test
	void aChangedRecordBreaksTheChainAtThatRecord() throws Exception {
		String record = queryString(dir, "SELECT record FROM prov_records WHERE seq = 3");
		int at = record.indexOf("\"source\":\"") + "\"source\":\"".length() + 1;
		String changed = record.substring(0, at) + (char) (record.charAt(at) ^ 1) + record.substring(at + 1);
		update(dir, "UPDATE prov_records SET record = ? WHERE seq = 3", changed);
		VerificationReport report = verify();
		assertFound(report, "record 3", Finding.CHAIN);
		assertTrue(about(report, "record 3", Finding.CHAIN).get(0).message().contains("changed after it was written"));
	}

	@Test
	void aChangedHashIsNamedAtItsRecordAndTheNext() throws Exception {
		String hash = queryString(dir, "SELECT hash FROM prov_records WHERE seq = 2");
		update(dir, "UPDATE prov_records SET hash = ? WHERE seq = 2", (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1));
		VerificationReport report = verify();
		assertFound(report, "record 2", Finding.CHAIN);
		assertFound(report, "record 3", Finding.CHAIN);
	}

	@Test
	void aRemovedRecordIsAGapAndItsStatementLosesItsImportRecord() throws Exception {
		tamper(dir, "DELETE FROM prov_records WHERE seq = 2");
		VerificationReport report = verify();
		assertFound(report, "record 2", Finding.CHAIN);
		assertTrue(about(report, "record 2", Finding.CHAIN).get(0).message().contains("missing"));
		assertFound(report, "S2", Finding.IMPORT_RECORD);
		assertEquals(4, report.records());
	}

	@Test
	void removedLastRecordsAreFoundThroughTheirStatements() throws Exception {
		tamper(dir, "DELETE FROM prov_records WHERE seq >= 4");
		VerificationReport report = verify();
		assertFound(report, "S4", Finding.IMPORT_RECORD);
		assertFound(report, "S5", Finding.IMPORT_RECORD);
	}

	@Test
	void aRemovedStatementIsNamedByTheRecordOfItsImport() throws Exception {
		tamper(dir, "PRAGMA foreign_keys = OFF", "DELETE FROM metadata_values WHERE statement_id = 4",
				"DELETE FROM removals WHERE statement_id = 4", "DELETE FROM statement_offsets WHERE statement_id = 4",
				"DELETE FROM statements WHERE id = 4");
		VerificationReport report = verify();
		assertFound(report, "record 4", Finding.IMPORT_RECORD);
		assertTrue(about(report, "record 4", Finding.IMPORT_RECORD).get(0).message().contains("S4"));
	}

	@Test
	void excerptsAreCheckedAgainstTheirRecordsAndAChangedQuoteOrSpanIsNamed() throws Exception {
		try (Project project = store.open(dir)) {
			String text = project.statement(new StatementId(1)).orElseThrow().text();
			project.addExcerpt(new StatementId(1), 10, 60, java.util.Optional.empty());
			project.addExcerpt(new StatementId(2), 0, 40, java.util.Optional.empty());
			assertTrue(text.length() > 60);
		}
		assertEquals(List.of(), verify().findings(), "excerpts made through the store verify");
		tamper(dir, "UPDATE excerpts SET quote = 'x' || substr(quote, 2) WHERE id = 1",
				"UPDATE excerpts SET original_start = original_start + 1 WHERE id = 2");
		VerificationReport report = verify();
		assertFound(report, "E1", ExcerptCheck.EXCERPT);
		assertTrue(about(report, "E1", ExcerptCheck.EXCERPT).get(0).message().contains("is not the quote record"),
				report.findings().toString());
		assertFound(report, "E2", ExcerptCheck.EXCERPT);
		assertTrue(about(report, "E2", ExcerptCheck.EXCERPT).get(0).message().contains("anchors"),
				report.findings().toString());
		tamper(dir, "INSERT INTO excerpts (statement_id, clean_start, clean_end, quote, prefix, suffix, original_start, "
				+ "original_end, created_at) VALUES (3, 0, 5, 'abcde', '', '', 0, 5, '2026-12-05T00:00:00Z')");
		assertFound(verify(), "E3", ExcerptCheck.EXCERPT);
	}

	@Test
	void aChangedCharacterOfAStatementTextIsNamed() throws Exception {
		String text = statement(3).text();
		int at = text.length() / 2;
		String changed = text.substring(0, at) + (char) (text.charAt(at) ^ 1) + text.substring(at + 1);
		update(dir, "UPDATE statements SET text = ? WHERE id = 3", changed);
		VerificationReport report = verify();
		assertFound(report, "S3", Finding.TEXT);
		assertFound(report, "S3", Finding.OFFSETS);
		assertTrue(about(report, "S3", Finding.OFFSETS).get(0).message().contains("clean character " + at),
				report.findings().toString());
	}

	@Test
	void aChangedSourceOrCharsetIsNamed() throws Exception {
		tamper(dir, "UPDATE statements SET source = '/elsewhere.txt' WHERE id = 1",
				"UPDATE statements SET charset = 'windows-1252' WHERE id = 5");
		VerificationReport report = verify();
		assertTrue(about(report, "S1", Finding.IMPORT_RECORD).get(0).message().contains("/elsewhere.txt"),
				report.findings().toString());
		assertTrue(about(report, "S5", Finding.TEXT).get(0).message().startsWith("is decoded as windows-1252"),
				report.findings().toString());
	}

	@Test
	void aChangedOffsetRunIsNamed() throws Exception {
		String id = queryString(dir, "SELECT statement_id FROM statement_offsets ORDER BY statement_id LIMIT 1");
		byte[] runs = queryBytes(dir, "SELECT runs FROM statement_offsets WHERE statement_id = " + id);
		// format byte, run count, then per run: clean length, gap, original length, kind; move the
		// second run one character further into the original
		int second = skipRun(runs, skipVarint(runs, 1));
		int gap = skipVarint(runs, second);
		runs[gap] = (byte) (runs[gap] ^ 1);
		update(dir, "UPDATE statement_offsets SET runs = ? WHERE statement_id = " + id, runs);
		VerificationReport report = verify();
		assertFound(report, "S" + id, Finding.OFFSETS);
		assertTrue(about(report, "S" + id, Finding.OFFSETS).stream().anyMatch(f -> f.message().contains("offset map")),
				report.findings().toString());
	}

	private static int skipVarint(byte[] bytes, int at) {
		int i = at;
		while ((bytes[i] & 0x80) != 0) {
			i++;
		}
		return i + 1;
	}

	private static int skipRun(byte[] bytes, int at) {
		return skipVarint(bytes, skipVarint(bytes, skipVarint(bytes, at))) + 1;
	}

	@Test
	void aChangedMetadataValueIsNamedWithTheField() throws Exception {
		String id = queryString(dir, "SELECT statement_id FROM metadata_values WHERE field = 'title' LIMIT 1");
		tamper(dir, "UPDATE metadata_values SET value = value || ' (edited)' WHERE field = 'title' AND statement_id = " + id);
		VerificationReport report = verify();
		assertFound(report, "S" + id, Finding.METADATA);
		assertTrue(about(report, "S" + id, Finding.METADATA).get(0).message().contains("title is \""),
				report.findings().toString());
	}

	@Test
	void aChangedRemovalIsNamed() throws Exception {
		String id = queryString(dir, "SELECT statement_id FROM removals ORDER BY statement_id LIMIT 1");
		tamper(dir, "UPDATE removals SET original_end = original_end + 1 WHERE ordinal = 0 AND statement_id = " + id);
		VerificationReport report = verify();
		assertFound(report, "S" + id, Finding.REMOVALS);
	}

	@Test
	void aRemovalPastTheEndOfTheOriginalIsNamedWithItsSpan() throws Exception {
		String id = queryString(dir, "SELECT statement_id FROM removals ORDER BY statement_id LIMIT 1");
		tamper(dir, "UPDATE removals SET original_end = 100000000 WHERE ordinal = 0 AND statement_id = " + id);
		VerificationReport report = verify();
		assertTrue(about(report, "S" + id, Finding.REMOVALS).stream().anyMatch(f -> f.message().contains("past the end")),
				report.findings().toString());
	}

	@Test
	void aMetadataEditIsComparedWithTheNewestStatementRecord() throws Exception {
		StatementId id = new StatementId(1);
		StatementMetadata edited;
		try (Project project = store.openReadOnly(dir)) {
			StatementMetadata metadata = project.metadata(id);
			edited = new StatementMetadata(
					Optional.of(new Evidenced<>("An edited title", new Evidence("analyst", "An edited title", Optional.empty()))),
					metadata.issued(), metadata.updated(), metadata.place(), metadata.speakers(), metadata.publisher(),
					metadata.language(), metadata.events(), metadata.possiblyMachineTranslated());
		}
		// an edit record as the store writes one: version 2 of the statement with the edited metadata
		Map<String, String> attributes = new LinkedHashMap<>(MetadataAttributes.of(edited));
		attributes.put("statement", id.toString());
		appendRecord("edit", List.of(new ProvEntity(ProvIds.statement(id, 2), ProvIds.STATEMENT, attributes)),
				List.of(ProvRelation.of(ProvRelation.WAS_REVISION_OF, ProvIds.statement(id, 2), ProvIds.statement(id, 1))));
		VerificationReport stale = verify();
		assertFound(stale, "S1", Finding.METADATA);
		assertTrue(about(stale, "S1", Finding.METADATA).get(0).message().contains("record 6"),
				stale.findings().toString());

		// the project catches up with the edit: then it passes
		tamper(dir, "DELETE FROM metadata_values WHERE statement_id = 1 AND field = 'title'",
				"INSERT INTO metadata_values (statement_id, field, ordinal, value, rule, quote) VALUES "
						+ "(1, 'title', 0, 'An edited title', 'analyst', 'An edited title')");
		assertEquals(List.of(), verify().findings());
	}

	/** Appends a record the way the store chains one, bypassing it. */
	private void appendRecord(String change, List<ProvEntity> entities, List<ProvRelation> relations) throws Exception {
		long seq = Long.parseLong(queryString(dir, "SELECT max(seq) FROM prov_records")) + 1;
		String previous = queryString(dir, "SELECT hash FROM prov_records ORDER BY seq DESC LIMIT 1");
		ProvDraft draft = new ProvDraft(change, java.time.Instant.parse("2026-12-05T09:00:00Z"), List.of(), entities,
				List.of(ProvAgent.analyst("tester")), relations);
		String canonical = ProvJson.canonical(seq, draft);
		update(dir, "INSERT INTO prov_records (seq, record, previous_hash, hash) VALUES (?, ?, ?, ?)", seq, canonical,
				previous, ProvChain.hash(previous, canonical));
	}

	@Test
	void verificationIsTheSameOnOneThread() throws Exception {
		tamper(dir, "UPDATE metadata_values SET quote = 'x' WHERE statement_id = 2");
		VerificationReport parallel = verify();
		VerificationReport single;
		try (Project project = store.openReadOnly(dir)) {
			single = ProjectVerifier.standard().withThreads(1).verify(project);
		}
		assertEquals(parallel.findings(), single.findings());
		assertFound(single, "S2", Finding.METADATA);
	}
}
