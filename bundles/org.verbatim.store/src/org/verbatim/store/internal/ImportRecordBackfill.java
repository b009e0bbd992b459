package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.ImportTools;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvIds;

/**
 * The schema step that gives every statement stored before the provenance log (schema 6) its import
 * record, so that older projects verify like new ones. The record is built from the stored rows as
 * the import would have built it, with the statement's first retrieval; its change is
 * {@value #CHANGE}, so readers see that it was written afterwards, by whoever upgraded the project.
 */
final class ImportRecordBackfill {

	/** The change of a record written for a statement imported before records were kept. */
	static final String CHANGE = "import-recorded-later";

	private ImportRecordBackfill() {
	}

	/** The step, to append to the schema's steps. */
	static SchemaMigration step() {
		return new SchemaMigration("import records for statements stored before the provenance log",
				ImportRecordBackfill::recordMissingImports);
	}

	/** Appends a record for each statement no record names, in id order. */
	static void recordMissingImports(Connection connection) throws SQLException {
		ProvAgent analyst = ProvAgent.currentAnalyst();
		for (long id : statementsWithoutRecord(connection)) {
			StoredImport stored;
			try {
				stored = read(connection, id);
			} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
				// the upgrade is rolled back and the open fails with this reason
				throw new SQLException("statement S" + id + " has an impossible value (" + e.getMessage() + ")", e);
			}
			StatementId statementId = new StatementId(id);
			ProvenanceLog.append(connection, seq -> {
				ProvDraft imported = ChangeRecords.statementImported(seq, stored.importedAt(), analyst, statementId,
						stored.statement(), stored.original(), stored.retrieval(), Optional.empty());
				return new ProvDraft(CHANGE, imported.at(), imported.activities(), imported.entities(),
						imported.agents(), imported.relations());
			});
		}
	}

	private static List<Long> statementsWithoutRecord(Connection connection) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT id FROM statements ORDER BY id");
				PreparedStatement mentioned = connection
						.prepareStatement("SELECT 1 FROM prov_mentions WHERE entity = ? LIMIT 1");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				long id = rs.getLong(1);
				mentioned.setString(1, ProvIds.statement(new StatementId(id), 1));
				try (ResultSet m = mentioned.executeQuery()) {
					if (!m.next()) {
						ids.add(id);
					}
				}
			}
		}
		return ids;
	}

	/** What the import of a stored statement was, read back from its rows. */
	private record StoredImport(NewStatement statement, OriginalRef original, Retrieval retrieval, Instant importedAt) {
	}

	private static StoredImport read(Connection connection, long id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT title, text, source, original_sha256, "
				+ "original_size, charset, charset_rule, imported_at FROM statements WHERE id = ?")) {
			query.setLong(1, id);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				String text = rs.getString(2);
				String source = rs.getString(3);
				OriginalRef original = new OriginalRef(rs.getString(4), rs.getLong(5));
				Instant importedAt = Instant.parse(rs.getString(8));
				// the record names the original by its reference; the bytes stay in the archive
				NewStatement statement = new NewStatement(source, new byte[0], Optional.ofNullable(rs.getString(1)), text,
						rs.getString(6), rs.getString(7), offsets(connection, id, text.length()), removals(connection, id),
						MetadataRows.read(connection, id), Optional.empty(), ImportTools.verbatim());
				Retrieval retrieval = firstRetrieval(connection, original)
						.orElseGet(() -> Retrieval.ofFile(source, importedAt));
				return new StoredImport(statement, original, retrieval, importedAt);
			}
		}
	}

	private static OffsetMap offsets(Connection connection, long id, int textLength) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT runs FROM statement_offsets WHERE statement_id = ?")) {
			query.setLong(1, id);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? OffsetRuns.decode(rs.getBytes(1)) : OffsetMap.identity(textLength);
			}
		}
	}

	private static List<Removal> removals(Connection connection, long id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT original_start, original_end, rule, text "
				+ "FROM removals WHERE statement_id = ? ORDER BY ordinal")) {
			query.setLong(1, id);
			List<Removal> removals = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					removals.add(new Removal(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
				}
			}
			return removals;
		}
	}

	private static Optional<Retrieval> firstRetrieval(Connection connection, OriginalRef original)
			throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT source, retrieved_at, final_location, "
				+ "http_status, http_headers FROM retrievals WHERE original_sha256 = ? ORDER BY id LIMIT 1")) {
			query.setString(1, original.sha256());
			try (ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				int status = rs.getInt(4);
				OptionalInt httpStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
				String headers = rs.getString(5);
				return Optional.of(new Retrieval(rs.getString(1), Instant.parse(rs.getString(2)),
						Optional.ofNullable(rs.getString(3)), httpStatus,
						headers.isEmpty() ? List.of() : List.of(headers.split("\n", -1))));
			}
		}
	}
}
