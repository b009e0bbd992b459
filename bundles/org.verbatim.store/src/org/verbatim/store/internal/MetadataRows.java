package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * The stored form of {@link StatementMetadata}: one {@code metadata_values} row per value, each with
 * its evidence. Speakers and events keep their order through the row's ordinal.
 */
final class MetadataRows {

	private static final String TITLE = "title";
	private static final String ISSUED = "issued";
	private static final String UPDATED = "updated";
	private static final String PLACE = "place";
	private static final String PUBLISHER = "publisher";
	private static final String LANGUAGE = "language";
	private static final String SPEAKER = "speaker";
	private static final String EVENT = "event";
	private static final String MACHINE_TRANSLATED = "machine-translated";

	private MetadataRows() {
	}

	static void write(Connection connection, long statementId, StatementMetadata metadata) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata_values (statement_id, field, "
				+ "ordinal, value, detail1, detail2, rule, quote, clean_start, clean_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			Row row = new Row(insert, statementId);
			metadata.title().ifPresent(v -> row.add(TITLE, 0, v.value(), null, null, v.evidence()));
			metadata.issued().ifPresent(v -> row.add(ISSUED, 0, v.value().toString(), null, null, v.evidence()));
			metadata.updated().ifPresent(v -> row.add(UPDATED, 0, v.value().toString(), null, null, v.evidence()));
			metadata.place().ifPresent(v -> row.add(PLACE, 0, v.value(), null, null, v.evidence()));
			metadata.publisher().ifPresent(v -> row.add(PUBLISHER, 0, v.value(), null, null, v.evidence()));
			metadata.language().ifPresent(v -> row.add(LANGUAGE, 0, v.value(), null, null, v.evidence()));
			for (int i = 0; i < metadata.speakers().size(); i++) {
				Speaker s = metadata.speakers().get(i);
				row.add(SPEAKER, i, s.name(), s.role().orElse(null), s.organization().orElse(null), s.evidence());
			}
			for (int i = 0; i < metadata.events().size(); i++) {
				EventReference e = metadata.events().get(i);
				row.add(EVENT, i, e.name(), e.date().map(LocalDate::toString).orElse(null), e.place().orElse(null),
						e.evidence());
			}
			metadata.possiblyMachineTranslated().ifPresent(e -> row.add(MACHINE_TRANSLATED, 0, "true", null, null, e));
			row.failure();
		}
	}

	/** Inserts rows, keeping the first failure (lambdas cannot throw SQLException). */
	private static final class Row {
		private final PreparedStatement insert;
		private final long statementId;
		private SQLException failure;

		Row(PreparedStatement insert, long statementId) {
			this.insert = insert;
			this.statementId = statementId;
		}

		void add(String field, int ordinal, String value, String detail1, String detail2, Evidence evidence) {
			if (failure != null) {
				return;
			}
			try {
				insert.setLong(1, statementId);
				insert.setString(2, field);
				insert.setInt(3, ordinal);
				insert.setString(4, value);
				insert.setString(5, detail1);
				insert.setString(6, detail2);
				insert.setString(7, evidence.rule());
				insert.setString(8, evidence.quote());
				if (evidence.where().isPresent()) {
					insert.setInt(9, evidence.where().get().start());
					insert.setInt(10, evidence.where().get().end());
				} else {
					insert.setNull(9, Types.INTEGER);
					insert.setNull(10, Types.INTEGER);
				}
				insert.executeUpdate();
			} catch (SQLException e) {
				failure = e;
			}
		}

		void failure() throws SQLException {
			if (failure != null) {
				throw failure;
			}
		}
	}

	/**
	 * Reads a statement's metadata back; {@link IllegalArgumentException} (or a date parse error)
	 * when a row holds what this code never writes.
	 */
	static StatementMetadata read(Connection connection, long statementId) throws SQLException {
		Optional<Evidenced<String>> title = Optional.empty();
		Optional<Evidenced<LocalDate>> issued = Optional.empty();
		Optional<Evidenced<LocalDate>> updated = Optional.empty();
		Optional<Evidenced<String>> place = Optional.empty();
		Optional<Evidenced<String>> publisher = Optional.empty();
		Optional<Evidenced<String>> language = Optional.empty();
		List<Speaker> speakers = new ArrayList<>();
		List<EventReference> events = new ArrayList<>();
		Optional<Evidence> machineTranslated = Optional.empty();
		try (PreparedStatement query = connection.prepareStatement("SELECT field, value, detail1, detail2, rule, quote, "
				+ "clean_start, clean_end FROM metadata_values WHERE statement_id = ? ORDER BY field, ordinal")) {
			query.setLong(1, statementId);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					String value = rs.getString("value");
					String detail1 = rs.getString("detail1");
					String detail2 = rs.getString("detail2");
					int start = rs.getInt("clean_start");
					Optional<OffsetMap.Span> where = rs.wasNull() ? Optional.empty()
							: Optional.of(new OffsetMap.Span(start, rs.getInt("clean_end")));
					Evidence evidence = new Evidence(rs.getString("rule"), rs.getString("quote"), where);
					switch (rs.getString("field")) {
					case TITLE -> title = Optional.of(new Evidenced<>(value, evidence));
					case ISSUED -> issued = Optional.of(new Evidenced<>(LocalDate.parse(value), evidence));
					case UPDATED -> updated = Optional.of(new Evidenced<>(LocalDate.parse(value), evidence));
					case PLACE -> place = Optional.of(new Evidenced<>(value, evidence));
					case PUBLISHER -> publisher = Optional.of(new Evidenced<>(value, evidence));
					case LANGUAGE -> language = Optional.of(new Evidenced<>(value, evidence));
					case SPEAKER -> speakers.add(new Speaker(value, Optional.ofNullable(detail1), Optional.ofNullable(detail2),
							evidence));
					case EVENT -> events.add(new EventReference(value, Optional.ofNullable(detail1).map(LocalDate::parse),
							Optional.ofNullable(detail2), evidence));
					case MACHINE_TRANSLATED -> machineTranslated = Optional.of(evidence);
					default -> throw new IllegalArgumentException("unknown metadata field " + rs.getString("field"));
					}
				}
			}
		}
		return new StatementMetadata(title, issued, updated, place, speakers, publisher, language, events,
				machineTranslated);
	}
}
