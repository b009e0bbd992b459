package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.MetadataFields;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.MetadataAttributes;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.store.StoreException;

/**
 * The changes an analyst makes to how a project reads its statements: excerpts, tags, edits of
 * metadata fields, and undoing them. Every method runs inside the caller's transaction and appends
 * the change's provenance record there, so that a change and its record are committed together or
 * not at all. Table {@code analyst_changes} lists the changes by the number of their record.
 */
final class AnalystChanges {

	static final String EXCERPT = "excerpt";
	static final String TAG = "tag";
	static final String UNTAG = "untag";
	static final String EDIT = "edit";
	static final String UNDO = "undo";

	/** Longest quote shown in a change's one-line description. */
	private static final int SHOWN_QUOTE = 60;

	private final Connection connection;

	private final ProvAgent analyst;

	AnalystChanges(Connection connection, ProvAgent analyst) {
		this.connection = connection;
		this.analyst = analyst;
	}

	/** Stores the excerpt {@code [start, end)} of {@code statement} and its record. */
	Excerpt addExcerpt(Statement statement, OffsetMap offsets, int start, int end, Optional<String> note,
			Instant now) throws SQLException {
		String text = statement.text();
		String quote = text.substring(start, end);
		String prefix = text.substring(Math.max(0, start - Excerpt.CONTEXT), start);
		String suffix = text.substring(end, Math.min(text.length(), end + Excerpt.CONTEXT));
		OffsetMap.Span original = offsets.toOriginal(start, end);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO excerpts (statement_id, clean_start, "
				+ "clean_end, quote, prefix, suffix, original_start, original_end, note, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, statement.id().number());
			insert.setInt(2, start);
			insert.setInt(3, end);
			insert.setString(4, quote);
			insert.setString(5, prefix);
			insert.setString(6, suffix);
			insert.setInt(7, original.start());
			insert.setInt(8, original.end());
			insert.setString(9, note.orElse(null));
			insert.setString(10, now.toString());
			insert.executeUpdate();
		}
		long id = queryLong("SELECT last_insert_rowid()");
		Excerpt excerpt = new Excerpt(new ExcerptId(id), statement.id(), new OffsetMap.Span(start, end), quote, prefix,
				suffix, statement.original(), original, note, now, List.of(), false);
		ProvRecord record = ProvenanceLog.append(connection,
				seq -> ChangeRecords.excerptMade(seq, now, analyst, excerpt));
		insertChange(record.seq(), EXCERPT, excerpt.id().toString(), null,
				excerpt.id() + " of " + statement.id() + ": \"" + shortened(quote) + "\"", now);
		return excerpt;
	}

	/** The excerpt, withdrawn or not, with its tags. */
	Optional<Excerpt> excerpt(ExcerptId id) throws SQLException {
		List<Excerpt> found = readExcerpts("WHERE e.id = ?", id.number());
		return found.stream().findFirst();
	}

	/** The excerpts not withdrawn, in id order. */
	List<Excerpt> excerpts() throws SQLException {
		return readExcerpts("WHERE e.withdrawn_by IS NULL", null);
	}

	private List<Excerpt> readExcerpts(String where, Long parameter) throws SQLException {
		List<Excerpt> excerpts = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.statement_id, e.clean_start, "
				+ "e.clean_end, e.quote, e.prefix, e.suffix, s.original_sha256, s.original_size, e.original_start, "
				+ "e.original_end, e.note, e.created_at, e.withdrawn_by FROM excerpts e JOIN statements s "
				+ "ON s.id = e.statement_id " + where + " ORDER BY e.id")) {
			if (parameter != null) {
				query.setLong(1, parameter);
			}
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					ExcerptId id = new ExcerptId(rs.getLong(1));
					rs.getLong(14);
					boolean withdrawn = !rs.wasNull();
					excerpts.add(new Excerpt(id, new StatementId(rs.getLong(2)),
							new OffsetMap.Span(rs.getInt(3), rs.getInt(4)), rs.getString(5), rs.getString(6),
							rs.getString(7), new OriginalRef(rs.getString(8), rs.getLong(9)),
							new OffsetMap.Span(rs.getInt(10), rs.getInt(11)), Optional.ofNullable(rs.getString(12)),
							Instant.parse(rs.getString(13)), List.of(), withdrawn));
				}
			}
		}
		List<Excerpt> tagged = new ArrayList<>(excerpts.size());
		for (Excerpt e : excerpts) {
			tagged.add(new Excerpt(e.id(), e.statement(), e.clean(), e.quote(), e.prefix(), e.suffix(), e.original(),
					e.originalSpan(), e.note(), e.createdAt(), tags(e.id().toString()), e.withdrawn()));
		}
		return tagged;
	}

	/**
	 * Puts {@code tag} on {@code target} (or takes it off, for {@code change} {@link #UNTAG}) and
	 * records it.
	 *
	 * @param targetEntity the target's current entity
	 */
	AnalystChange tag(String change, String target, String tag, String targetEntity, Instant now)
			throws SQLException, StoreException {
		boolean present = tags(target).contains(tag);
		if (change.equals(TAG) && present) {
			throw new StoreException(target + " is already tagged '" + tag + "'");
		}
		if (change.equals(UNTAG) && !present) {
			throw new StoreException(target + " is not tagged '" + tag + "'; its tags: " + listed(tags(target)));
		}
		setTag(change.equals(TAG), target, tag, now);
		ProvRecord record = ProvenanceLog.append(connection,
				seq -> ChangeRecords.tagChanged(seq, now, analyst, change, target, tag, targetEntity));
		String description = (change.equals(TAG) ? "tagged " : "untagged ") + target + " '" + tag + "'";
		return insertChange(record.seq(), change, target, tag, description, now);
	}

	private void setTag(boolean on, String target, String tag, Instant now) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(on
				? "INSERT INTO tags (target, tag, tagged_at) VALUES (?, ?, ?)"
				: "DELETE FROM tags WHERE target = ? AND tag = ?")) {
			update.setString(1, target);
			update.setString(2, tag);
			if (on) {
				update.setString(3, now.toString());
			}
			update.executeUpdate();
		}
	}

	/** The target's tags, sorted. */
	List<String> tags(String target) throws SQLException {
		List<String> tags = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT tag FROM tags WHERE target = ? ORDER BY tag")) {
			query.setString(1, target);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					tags.add(rs.getString(1));
				}
			}
		}
		return tags;
	}

	/** What carries {@code tag}: statements first, then excerpts, each in number order. */
	List<String> taggedWith(String tag) throws SQLException {
		List<String> targets = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT target FROM tags WHERE tag = ?")) {
			query.setString(1, tag);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					targets.add(rs.getString(1));
				}
			}
		}
		targets.sort(Comparator.comparing((String t) -> t.charAt(0) != 'S')
				.thenComparingLong(t -> Long.parseLong(t.substring(1))));
		return targets;
	}

	/** The statement's version: 1 as imported, one more for every edit and every undone edit. */
	int version(StatementId id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT version FROM statements WHERE id = ?")) {
			query.setLong(1, id.number());
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 0;
			}
		}
	}

	/**
	 * Sets (or clears) one metadata field of the statement as the analyst says, keeping the field's
	 * rows as they were for undoing, and records the statement's new version.
	 *
	 * @throws StoreException when the value does not fit the field, or does not change it
	 */
	AnalystChange edit(StatementId id, String field, Optional<String> value, Instant now)
			throws SQLException, StoreException {
		StatementMetadata before = MetadataRows.read(connection, id.number());
		StatementMetadata after;
		try {
			after = MetadataFields.edit(before, field, value);
		} catch (IllegalArgumentException e) {
			throw new StoreException("Cannot edit " + id + ": " + e.getMessage());
		}
		Optional<String> was = MetadataFields.value(before, field);
		Optional<String> is = MetadataFields.value(after, field);
		if (MetadataAttributes.of(before).equals(MetadataAttributes.of(after))) {
			throw new StoreException(id + " already has " + field + " " + shown(is) + "; nothing to change");
		}
		int version = version(id);
		ProvRecord record = ProvenanceLog.append(connection, seq -> ChangeRecords.metadataEdited(seq, now, analyst, id,
				version, field, was, is, after));
		keepFieldRows(record.seq(), id, field);
		replaceMetadata(id, field, after, version + 1);
		String description = id + " " + field + ": " + shown(was) + " -> " + shown(is);
		return insertChange(record.seq(), EDIT, id.toString(), field, description, now);
	}

	private void keepFieldRows(long seq, StatementId id, String field) throws SQLException {
		try (PreparedStatement copy = connection.prepareStatement("INSERT INTO metadata_history (seq, field, ordinal, "
				+ "value, detail1, detail2, rule, quote, clean_start, clean_end) SELECT ?, field, ordinal, value, "
				+ "detail1, detail2, rule, quote, clean_start, clean_end FROM metadata_values "
				+ "WHERE statement_id = ? AND field = ?")) {
			copy.setLong(1, seq);
			copy.setLong(2, id.number());
			copy.setString(3, storedField(field));
			copy.executeUpdate();
		}
	}

	/** Writes the statement's whole metadata anew, and its title and version. */
	private void replaceMetadata(StatementId id, String field, StatementMetadata metadata, int version)
			throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM metadata_values WHERE statement_id = ?")) {
			delete.setLong(1, id.number());
			delete.executeUpdate();
		}
		MetadataRows.write(connection, id.number(), metadata);
		setVersion(id, field, metadata, version);
	}

	private void setVersion(StatementId id, String field, StatementMetadata metadata, int version) throws SQLException {
		// the statement's title column is what lists show; it follows the title field
		try (PreparedStatement update = connection.prepareStatement(field.equals("title")
				? "UPDATE statements SET version = ?, title = ? WHERE id = ?"
				: "UPDATE statements SET version = ? WHERE id = ?")) {
			update.setInt(1, version);
			if (field.equals("title")) {
				String title = metadata.title().map(t -> t.value()).orElse(null);
				if (title == null) {
					update.setNull(2, Types.VARCHAR);
				} else {
					update.setString(2, title);
				}
				update.setLong(3, id.number());
			} else {
				update.setLong(2, id.number());
			}
			update.executeUpdate();
		}
	}

	/** How {@code metadata_values} names an editable field's rows. */
	private static String storedField(String field) {
		return switch (field) {
		case "speakers" -> "speaker";
		case "events" -> "event";
		default -> field;
		};
	}

	/** The newest change that is not an undo and not undone yet: the one {@link #undoLast} takes back. */
	Optional<AnalystChange> newestStanding() throws SQLException {
		return readChanges("WHERE change <> 'undo' AND undone_by IS NULL ORDER BY seq DESC LIMIT 1").stream().findFirst();
	}

	/**
	 * Undoes the newest change that is not undone yet by a new change that restores the state
	 * before it; empty when there is nothing to undo.
	 */
	Optional<AnalystChange> undoLast(Instant now) throws SQLException, StoreException {
		Optional<AnalystChange> last = newestStanding();
		if (last.isEmpty()) {
			return Optional.empty();
		}
		AnalystChange undone = last.get();
		String undoneActivity = ProvIds.activity(undone.record(), undone.change());
		String detail = detail(undone.record());
		ProvRecord record = switch (undone.change()) {
		case EXCERPT -> undoExcerpt(undone, undoneActivity, now);
		case TAG, UNTAG -> {
			setTag(undone.change().equals(UNTAG), undone.target(), detail, now);
			String targetEntity = currentEntity(undone.target());
			yield ProvenanceLog.append(connection, seq -> ChangeRecords.tagUndone(seq, now, analyst, undoneActivity,
					undone.change(), undone.target(), detail, targetEntity));
		}
		case EDIT -> undoEdit(undone, undoneActivity, detail, now);
		default -> throw new StoreException("The project's list of analyst changes names an unknown change '"
				+ undone.change() + "' (record " + undone.record() + ")");
		};
		try (PreparedStatement mark = connection
				.prepareStatement("UPDATE analyst_changes SET undone_by = ? WHERE seq = ?")) {
			mark.setLong(1, record.seq());
			mark.setLong(2, undone.record());
			mark.executeUpdate();
		}
		insertChange(record.seq(), UNDO, undone.target(), Long.toString(undone.record()),
				"undid " + undone.description(), now);
		return Optional.of(new AnalystChange(undone.record(), undone.change(), undone.target(), undone.description(),
				undone.at(), Optional.of(record.seq())));
	}

	private ProvRecord undoExcerpt(AnalystChange undone, String undoneActivity, Instant now) throws SQLException {
		ExcerptId id = ExcerptId.parse(undone.target()).orElseThrow();
		ProvRecord record = ProvenanceLog.append(connection,
				seq -> ChangeRecords.excerptUndone(seq, now, analyst, undoneActivity, id));
		try (PreparedStatement withdraw = connection
				.prepareStatement("UPDATE excerpts SET withdrawn_by = ? WHERE id = ?")) {
			withdraw.setLong(1, record.seq());
			withdraw.setLong(2, id.number());
			withdraw.executeUpdate();
		}
		return record;
	}

	private ProvRecord undoEdit(AnalystChange undone, String undoneActivity, String field, Instant now)
			throws SQLException {
		StatementId id = StatementId.parse(undone.target()).orElseThrow();
		StatementMetadata current = MetadataRows.read(connection, id.number());
		try (PreparedStatement delete = connection
				.prepareStatement("DELETE FROM metadata_values WHERE statement_id = ? AND field = ?")) {
			delete.setLong(1, id.number());
			delete.setString(2, storedField(field));
			delete.executeUpdate();
		}
		try (PreparedStatement restore = connection.prepareStatement("INSERT INTO metadata_values (statement_id, field, "
				+ "ordinal, value, detail1, detail2, rule, quote, clean_start, clean_end) SELECT ?, field, ordinal, value, "
				+ "detail1, detail2, rule, quote, clean_start, clean_end FROM metadata_history WHERE seq = ?")) {
			restore.setLong(1, id.number());
			restore.setLong(2, undone.record());
			restore.executeUpdate();
		}
		StatementMetadata restored = MetadataRows.read(connection, id.number());
		int version = version(id);
		setVersion(id, field, restored, version + 1);
		return ProvenanceLog.append(connection, seq -> ChangeRecords.editUndone(seq, now, analyst, undoneActivity, id,
				version, field, MetadataFields.value(current, field), MetadataFields.value(restored, field), restored));
	}

	/** The entity that stands for {@code target} now: its statement's latest version, or the excerpt. */
	String currentEntity(String target) throws SQLException {
		Optional<StatementId> statement = StatementId.parse(target);
		if (statement.isPresent()) {
			return ProvIds.statement(statement.get(), version(statement.get()));
		}
		return ProvIds.excerpt(ExcerptId.parse(target).orElseThrow(), 1);
	}

	/** Every analyst change, oldest first. */
	List<AnalystChange> changes() throws SQLException {
		return readChanges("ORDER BY seq");
	}

	private List<AnalystChange> readChanges(String rest) throws SQLException {
		List<AnalystChange> changes = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT seq, change, target, description, changed_at, undone_by FROM analyst_changes " + rest);
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				long undoneBy = rs.getLong(6);
				Optional<Long> by = rs.wasNull() ? Optional.empty() : Optional.of(undoneBy);
				changes.add(new AnalystChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						Instant.parse(rs.getString(5)), by));
			}
		}
		return changes;
	}

	private String detail(long seq) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT detail FROM analyst_changes WHERE seq = ?")) {
			query.setLong(1, seq);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	private AnalystChange insertChange(long seq, String change, String target, String detail, String description,
			Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO analyst_changes (seq, change, target, "
				+ "detail, description, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, seq);
			insert.setString(2, change);
			insert.setString(3, target);
			insert.setString(4, detail);
			insert.setString(5, description);
			insert.setString(6, now.toString());
			insert.executeUpdate();
		}
		return new AnalystChange(seq, change, target, description, now, Optional.empty());
	}

	private long queryLong(String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String shown(Optional<String> value) {
		return value.map(v -> "\"" + v + "\"").orElse("(none)");
	}

	private static String shortened(String quote) {
		String oneLine = quote.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= SHOWN_QUOTE ? oneLine : oneLine.substring(0, SHOWN_QUOTE - 1) + "…";
	}

	private static String listed(List<String> tags) {
		return tags.isEmpty() ? "(none)" : String.join(", ", tags);
	}
}
