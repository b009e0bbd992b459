package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.verbatim.core.OriginalRef;
import org.verbatim.core.Retrieval;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StatementSummary.SpeakerRole;

/**
 * Reads the {@link StatementSummary} of every statement with four queries whatever the project's
 * size: the statements' columns without their texts, the metadata values lists show (no evidence),
 * the statements' tags, and a count and the newest row of the retrievals of each original. Each is
 * one pass over a table (or its primary key), merged here by statement id.
 */
final class StatementSummaries {

	/** The metadata fields a summary holds, as {@code metadata_values} names them. */
	private static final String LISTED_FIELDS = "'publisher', 'speaker', 'event', 'issued', 'place', 'language'";

	private StatementSummaries() {
	}

	/** Every statement's summary, in id order. */
	static List<StatementSummary> read(Connection connection) throws SQLException {
		Map<Long, Values> values = metadataValues(connection);
		Map<Long, List<String>> tags = statementTags(connection);
		Map<String, Retrievals> retrievals = retrievalsByOriginal(connection);
		List<StatementSummary> summaries = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT id, title, source, original_sha256, original_size, imported_at FROM statements ORDER BY id");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				long id = rs.getLong(1);
				Values v = values.getOrDefault(id, Values.NONE);
				OriginalRef original = new OriginalRef(rs.getString(4), rs.getLong(5));
				Retrievals read = retrievals.getOrDefault(original.sha256(), Retrievals.NONE);
				summaries.add(new StatementSummary(new StatementId(id), Optional.ofNullable(rs.getString(2)),
						rs.getString(3), original, Instant.parse(rs.getString(6)), Optional.ofNullable(v.publisher),
						v.speakers, v.events, Optional.ofNullable(v.issued), Optional.ofNullable(v.place),
						Optional.ofNullable(v.language), tags.getOrDefault(id, List.of()), read.count(), read.last()));
			}
		}
		return summaries;
	}

	private static Map<Long, Values> metadataValues(Connection connection) throws SQLException {
		Map<Long, Values> values = new HashMap<>();
		// the primary key's order: by statement, field, then ordinal (speakers and events in order read)
		try (PreparedStatement query = connection.prepareStatement("SELECT statement_id, field, value, detail1, detail2 "
				+ "FROM metadata_values WHERE field IN (" + LISTED_FIELDS + ") ORDER BY statement_id, field, ordinal");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				Values v = values.computeIfAbsent(rs.getLong(1), id -> new Values());
				String value = rs.getString(3);
				switch (rs.getString(2)) {
				case "publisher" -> v.publisher = value;
				case "speaker" -> v.speakers.add(new SpeakerRole(value, Optional.ofNullable(rs.getString(4)),
						Optional.ofNullable(rs.getString(5))));
				case "event" -> v.events.add(value);
				case "issued" -> v.issued = LocalDate.parse(value);
				case "place" -> v.place = value;
				case "language" -> v.language = value;
				default -> throw new IllegalStateException(rs.getString(2));
				}
			}
		}
		return values;
	}

	private static Map<Long, List<String>> statementTags(Connection connection) throws SQLException {
		Map<Long, List<String>> tags = new HashMap<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT target, tag FROM tags WHERE target GLOB 'S[0-9]*' ORDER BY tag");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				String target = rs.getString(1);
				long id = StatementId.parse(target)
						.orElseThrow(() -> new IllegalArgumentException("tag target " + target)).number();
				tags.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
			}
		}
		return tags;
	}

	private static Map<String, Retrievals> retrievalsByOriginal(Connection connection) throws SQLException {
		Map<String, Retrievals> retrievals = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT r.original_sha256, c.n, r.source, "
				+ "r.retrieved_at, r.final_location, r.http_status, r.http_headers FROM (SELECT original_sha256, "
				+ "count(*) AS n, max(id) AS newest FROM retrievals GROUP BY original_sha256) c "
				+ "JOIN retrievals r ON r.id = c.newest");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				retrievals.put(rs.getString(1), new Retrievals(rs.getInt(2), Optional.of(retrieval(rs, 3))));
			}
		}
		return retrievals;
	}

	/**
	 * The retrieval in the row's columns from {@code first} on: source, retrieved at, final
	 * location, HTTP status, HTTP headers.
	 */
	static Retrieval retrieval(ResultSet rs, int first) throws SQLException {
		int status = rs.getInt(first + 3);
		OptionalInt httpStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
		String headers = rs.getString(first + 4);
		return new Retrieval(rs.getString(first), Instant.parse(rs.getString(first + 1)),
				Optional.ofNullable(rs.getString(first + 2)), httpStatus,
				headers.isEmpty() ? List.of() : List.of(headers.split("\n", -1)));
	}

	/** The listed metadata of one statement, as its rows are read. */
	private static final class Values {
		static final Values NONE = new Values();

		String publisher;
		final List<SpeakerRole> speakers = new ArrayList<>();
		final List<String> events = new ArrayList<>();
		LocalDate issued;
		String place;
		String language;
	}

	/** How often an original was read, and the newest reading. */
	private record Retrievals(int count, Optional<Retrieval> last) {
		static final Retrievals NONE = new Retrievals(0, Optional.empty());
	}
}
