package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;

/**
 * The project's append-only provenance log in the database: table {@code prov_records} holds each
 * record's canonical serialisation and hashes, {@code prov_mentions} says which records name which
 * entity (derived, for look-ups; not part of what the hashes protect).
 */
final class ProvenanceLog {

	private ProvenanceLog() {
	}

	/**
	 * Appends the record {@code content} makes for the next number, chained to the last record.
	 * Call inside the transaction of the change the record describes.
	 */
	static ProvRecord append(Connection connection, LongFunction<ProvDraft> content) throws SQLException {
		long seq = 1;
		String previous = ProvChain.GENESIS;
		try (PreparedStatement query = connection
				.prepareStatement("SELECT seq, hash FROM prov_records ORDER BY seq DESC LIMIT 1");
				ResultSet rs = query.executeQuery()) {
			if (rs.next()) {
				seq = rs.getLong(1) + 1;
				previous = rs.getString(2);
			}
		}
		ProvRecord record = ProvRecord.chain(seq, content.apply(seq), previous);
		ProvEntry entry = ProvEntry.of(record);
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO prov_records (seq, record, previous_hash, hash) VALUES (?, ?, ?, ?)")) {
			insert.setLong(1, seq);
			insert.setString(2, entry.canonical());
			insert.setString(3, previous);
			insert.setString(4, record.hash());
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT OR IGNORE INTO prov_mentions (entity, seq) VALUES (?, ?)")) {
			for (String entity : mentionedEntities(record.content())) {
				insert.setString(1, entity);
				insert.setLong(2, seq);
				insert.executeUpdate();
			}
		}
		return record;
	}

	private static Set<String> mentionedEntities(ProvDraft content) {
		Set<String> ids = new LinkedHashSet<>();
		for (ProvEntity e : content.entities()) {
			ids.add(e.id());
		}
		for (ProvRelation r : content.relations()) {
			for (String id : List.of(r.subject(), r.object())) {
				if (!id.startsWith("activity/") && !id.startsWith("agent/")) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	/** Up to {@code limit} entries after number {@code after}, in order. */
	static List<ProvEntry> entries(Connection connection, long after, int limit) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT seq, record, previous_hash, hash "
				+ "FROM prov_records WHERE seq > ? ORDER BY seq LIMIT ?")) {
			query.setLong(1, after);
			query.setInt(2, limit);
			return read(query);
		}
	}

	/** The newest entry, if any. */
	static java.util.Optional<ProvEntry> last(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT seq, record, previous_hash, hash FROM prov_records ORDER BY seq DESC LIMIT 1")) {
			return read(query).stream().findFirst();
		}
	}

	/** The entries that name {@code entity}, in order. */
	static List<ProvEntry> entriesAbout(Connection connection, String entity) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT r.seq, r.record, r.previous_hash, r.hash "
				+ "FROM prov_mentions m JOIN prov_records r ON r.seq = m.seq WHERE m.entity = ? ORDER BY r.seq")) {
			query.setString(1, entity);
			return read(query);
		}
	}

	private static List<ProvEntry> read(PreparedStatement query) throws SQLException {
		List<ProvEntry> entries = new ArrayList<>();
		try (ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				entries.add(new ProvEntry(rs.getLong(1), nonNull(rs.getString(2)), nonNull(rs.getString(3)),
						nonNull(rs.getString(4))));
			}
		}
		return entries;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
