package org.verbatim.store.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.FailedImport;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.CleanerStep;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ReportExport;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StoreException;

/**
 * An open SQLite-backed project. One connection, used by one thread at a time; every change runs
 * in a single {@code BEGIN IMMEDIATE} transaction.
 */
final class SqliteProject implements Project {

	private static final System.Logger LOG = System.getLogger(SqliteProject.class.getName());

	private static final String STATEMENT_COLUMNS = "id, title, text, source, original_sha256, original_size, "
			+ "charset, charset_rule, imported_at";

	private final Path directory;

	private final Path database;

	private final String name;

	private final Connection connection;

	private final Clock clock;

	private final OriginalArchive originals;

	private final List<ProjectChangeListener> listeners;

	/** Who is named as the analyst in the records of this session's changes. */
	private final ProvAgent analyst = ProvAgent.currentAnalyst();

	/** False only in a benchmark that measures what the log costs. */
	private final boolean keepsProvenanceLog;

	/** Excerpts, tags, edits and their undoing, on this project's connection. */
	private final AnalystChanges analystChanges;
	/** Whether every change is refused (the connection is read-only too). */
	private final boolean readOnly;

	private volatile boolean closed;

	SqliteProject(Path directory, Path database, String name, Connection connection, Clock clock,
			List<ProjectChangeListener> listeners, boolean keepsProvenanceLog, boolean readOnly) {
		this.keepsProvenanceLog = keepsProvenanceLog;
		this.readOnly = readOnly;
		this.directory = directory;
		this.database = database;
		this.name = name;
		this.connection = connection;
		this.clock = clock;
		this.listeners = listeners;
		this.originals = new OriginalArchive(directory.resolve(SqliteProjectStore.ORIGINALS_FOLDER));
		this.analystChanges = new AnalystChanges(connection, analyst);
	}

	@Override
	public Path directory() {
		return directory;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Path indexDirectory() {
		return directory.resolve(SqliteProjectStore.INDEX_FOLDER);
	}

	@Override
	public synchronized List<Statement> statements() throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT " + STATEMENT_COLUMNS + " FROM statements ORDER BY id")) {
			return readAll(query);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the statements", e);
		}
	}

	@Override
	public synchronized List<Statement> statementsAfter(Optional<StatementId> after, int limit) throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT " + STATEMENT_COLUMNS + " FROM statements WHERE id > ? ORDER BY id LIMIT ?")) {
			query.setLong(1, after.map(StatementId::number).orElse(0L));
			query.setInt(2, limit);
			return readAll(query);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the statements", e);
		}
	}

	@Override
	public synchronized List<StatementSummary> summaries() throws StoreException {
		ensureOpen();
		try {
			return StatementSummaries.read(connection);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "list the statements", e);
		} catch (IllegalArgumentException | IllegalStateException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "a statement's listed metadata has an impossible value", e);
		}
	}

	@Override
	public synchronized long statementCount() throws StoreException {
		ensureOpen();
		return queryLong("SELECT count(*) FROM statements", "count the statements");
	}

	@Override
	public synchronized Optional<StatementId> lastStatementId() throws StoreException {
		ensureOpen();
		long last = queryLong("SELECT coalesce(max(id), 0) FROM statements", "read the last statement id");
		return last == 0 ? Optional.empty() : Optional.of(new StatementId(last));
	}

	private long queryLong(String sql, String what) throws StoreException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, what, e);
		}
	}

	@Override
	public synchronized List<StatementId> statementIds() throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection.prepareStatement("SELECT id FROM statements ORDER BY id");
				ResultSet rs = query.executeQuery()) {
			List<StatementId> ids = new ArrayList<>();
			while (rs.next()) {
				ids.add(new StatementId(rs.getLong(1)));
			}
			return ids;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the statement ids", e);
		} catch (IllegalArgumentException e) {
			throw StoreErrors.damaged(database, "a statement has an impossible id", e);
		}
	}

	@Override
	public synchronized Optional<Statement> statement(StatementId id) throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT " + STATEMENT_COLUMNS + " FROM statements WHERE id = ?")) {
			query.setLong(1, id.number());
			return readAll(query).stream().findFirst();
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read statement " + id, e);
		}
	}

	@Override
	public synchronized Optional<Statement> statementWithOriginal(String sha256) throws StoreException {
		ensureOpen();
		try {
			return findByOriginal(sha256);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "look up an original", e);
		}
	}

	private Optional<Statement> findByOriginal(String sha256) throws SQLException, StoreException {
		try (PreparedStatement query = connection.prepareStatement("SELECT " + STATEMENT_COLUMNS
				+ " FROM statements WHERE original_sha256 = ? ORDER BY id LIMIT 1")) {
			query.setString(1, sha256);
			return readAll(query).stream().findFirst();
		}
	}

	@Override
	public OriginalRef archive(byte[] bytes) throws StoreException {
		// not synchronized: only the archive folder is touched, so read-ahead threads archive while
		// the importing thread holds the connection
		ensureWritable();
		OriginalRef original = OriginalRef.of(bytes);
		originals.store(original, bytes);
		return original;
	}

	@Override
	public synchronized FailedImport recordFailure(String source, Optional<OriginalRef> original, String reason)
			throws StoreException {
		ensureWritable();
		if (original.isPresent() && !originals.holds(original.get())) {
			throw new StoreException("The failure of " + source + " names the original " + original.get()
					+ ", which is not in " + directory.resolve(SqliteProjectStore.ORIGINALS_FOLDER)
					+ "; archive the bytes before recording the failure");
		}
		String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
		try {
			long number = Transactions.inTransaction(connection, () -> {
				if (original.isPresent()) {
					insertOriginal(original.get(), now);
				}
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO failed_imports (source, "
						+ "original_sha256, original_size, reason, failed_at) VALUES (?, ?, ?, ?, ?)")) {
					insert.setString(1, source);
					insert.setString(2, original.map(OriginalRef::sha256).orElse(null));
					if (original.isPresent()) {
						insert.setLong(3, original.get().size());
					} else {
						insert.setNull(3, Types.INTEGER);
					}
					insert.setString(4, reason);
					insert.setString(5, now);
					insert.executeUpdate();
				}
				long failure = lastInsertId();
				record(seq -> ChangeRecords.importFailed(seq, Instant.parse(now), analyst,
						source, original, reason));
				return failure;
			});
			return new FailedImport(number, source, original, reason, Instant.parse(now));
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "record the failed import of " + source, e);
		}
	}

	@Override
	public synchronized List<FailedImport> failedImports() throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection.prepareStatement("SELECT id, source, original_sha256, original_size, "
				+ "reason, failed_at FROM failed_imports ORDER BY id");
				ResultSet rs = query.executeQuery()) {
			List<FailedImport> failures = new ArrayList<>();
			while (rs.next()) {
				String sha256 = rs.getString(3);
				Optional<OriginalRef> original = sha256 == null ? Optional.empty()
						: Optional.of(new OriginalRef(sha256, rs.getLong(4)));
				failures.add(new FailedImport(rs.getLong(1), rs.getString(2), original, rs.getString(5),
						Instant.parse(rs.getString(6))));
			}
			return failures;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the failed imports", e);
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "a failed import has an impossible value", e);
		}
	}

	@Override
	public AddResult add(NewStatement statement) throws StoreException {
		return add(statement, List.of());
	}

	@Override
	public AddResult add(NewStatement statement, List<CleanerStep> cleaners) throws StoreException {
		OriginalRef original = OriginalRef.of(statement.originalBytes());
		String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
		AddResult result;
		synchronized (this) {
			ensureWritable();
			try {
				result = Transactions.inTransaction(connection, () -> addInTransaction(statement, cleaners, original, now));
			} catch (SQLException e) {
				throw StoreErrors.fromSql(database, "add the statement from " + statement.source(), e);
			}
		}
		// outside the lock: listeners read the project, and may hold locks of their own
		if (!result.duplicate()) {
			List<StatementId> added = List.of(result.statement().id());
			tellListeners("statements added", listener -> listener.statementsAdded(this, added));
		}
		return result;
	}

	/** Tells every listener; one that fails is logged, because what it keeps can be rebuilt. */
	private void tellListeners(String what, Consumer<ProjectChangeListener> call) {
		for (ProjectChangeListener listener : listeners) {
			try {
				call.accept(listener);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "A listener (" + listener.getClass().getName() + ") failed on " + what
						+ " in " + directory + "; its data will be rebuilt when next used", e);
			}
		}
	}

	private AddResult addInTransaction(NewStatement statement, List<CleanerStep> cleaners, OriginalRef original,
			String now)
			throws SQLException, StoreException {
		Retrieval retrieval = statement.retrieval().orElse(Retrieval.ofFile(statement.source(), Instant.parse(now)));
		Optional<Statement> earlier = findByOriginal(original.sha256());
		if (earlier.isPresent()) {
			insertRetrieval(original, retrieval);
			record(seq -> ChangeRecords.retrievedAgain(seq, Instant.parse(now), analyst,
					statement.tools(), original, retrieval));
			return new AddResult(earlier.get(), true);
		}
		// The bytes go to disk before the rows that name them: a crash in between leaves an
		// unreferenced file, never a statement without its original. An importer has usually
		// archived them already; then this only checks that they are there.
		Optional<StatementId> earlierFromSource = latestFrom(statement.source());
		Optional<String> revisionOf = earlierFromSource.isEmpty() ? Optional.empty()
				: Optional.of(ProvIds.statement(earlierFromSource.get(), currentVersion(earlierFromSource.get())));
		originals.store(original, statement.originalBytes());
		insertOriginal(original, now);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO statements (title, text, source, "
				+ "original_sha256, original_size, charset, charset_rule, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, statement.title().orElse(null));
			insert.setString(2, statement.text());
			insert.setString(3, statement.source());
			insert.setString(4, original.sha256());
			insert.setLong(5, original.size());
			insert.setString(6, statement.charset());
			insert.setString(7, statement.charsetRule());
			insert.setString(8, now);
			insert.executeUpdate();
		}
		long id = lastInsertId();
		if (!OffsetRuns.isIdentity(statement.offsets(), statement.text().length())) {
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO statement_offsets (statement_id, runs) VALUES (?, ?)")) {
				insert.setLong(1, id);
				insert.setBytes(2, OffsetRuns.encode(statement.offsets()));
				insert.executeUpdate();
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO removals (statement_id, ordinal, "
				+ "original_start, original_end, rule, text) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < statement.removals().size(); i++) {
				Removal removal = statement.removals().get(i);
				insert.setLong(1, id);
				insert.setInt(2, i);
				insert.setInt(3, removal.originalStart());
				insert.setInt(4, removal.originalEnd());
				insert.setString(5, removal.rule());
				insert.setString(6, removal.text());
				insert.executeUpdate();
			}
		}
		MetadataRows.write(connection, id, statement.metadata());
		insertRetrieval(original, retrieval);
		StatementId statementId = new StatementId(id);
		record(seq -> ChangeRecords.statementImported(seq, Instant.parse(now), analyst,
				statementId, statement, original, retrieval, revisionOf, cleaners));
		return new AddResult(new Statement(new StatementId(id), statement.title(), statement.text(),
				statement.source(), original, statement.charset(), statement.charsetRule(), Instant.parse(now)),
				false);
	}

	private int currentVersion(StatementId id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT version FROM statements WHERE id = ?")) {
			query.setLong(1, id.number());
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 1;
			}
		}
	}

	/** The newest statement imported from {@code source}, which a new import from it revises. */
	private Optional<StatementId> latestFrom(String source) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT max(id) FROM statements WHERE source = ?")) {
			query.setString(1, source);
			try (ResultSet rs = query.executeQuery()) {
				long id = rs.next() ? rs.getLong(1) : 0;
				return id == 0 ? Optional.empty() : Optional.of(new StatementId(id));
			}
		}
	}

	@Override
	public synchronized Optional<StatementId> revisionOf(StatementId id) throws StoreException {
		existing(id);
		try (PreparedStatement query = connection.prepareStatement("SELECT max(id) FROM statements "
				+ "WHERE source = (SELECT source FROM statements WHERE id = ?) AND id < ?")) {
			query.setLong(1, id.number());
			query.setLong(2, id.number());
			try (ResultSet rs = query.executeQuery()) {
				long earlier = rs.next() ? rs.getLong(1) : 0;
				return earlier == 0 ? Optional.empty() : Optional.of(new StatementId(earlier));
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "look up the earlier version of " + id, e);
		}
	}

	private void insertOriginal(OriginalRef original, String now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO originals (sha256, size, archived_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
			insert.setString(1, original.sha256());
			insert.setLong(2, original.size());
			insert.setString(3, now);
			insert.executeUpdate();
		}
	}

	private long lastInsertId() throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT last_insert_rowid()");
				ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void insertRetrieval(OriginalRef original, Retrieval retrieval) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retrievals (original_sha256, source, "
				+ "retrieved_at, final_location, http_status, http_headers) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, original.sha256());
			insert.setString(2, retrieval.source());
			insert.setString(3, retrieval.retrievedAt().toString());
			insert.setString(4, retrieval.finalLocation().orElse(null));
			if (retrieval.httpStatus().isPresent()) {
				insert.setInt(5, retrieval.httpStatus().getAsInt());
			} else {
				insert.setNull(5, Types.INTEGER);
			}
			insert.setString(6, String.join("\n", retrieval.httpHeaders()));
			insert.executeUpdate();
		}
	}

	@Override
	public synchronized OffsetMap offsets(StatementId id) throws StoreException {
		Statement statement = existing(id);
		try (PreparedStatement query = connection
				.prepareStatement("SELECT runs FROM statement_offsets WHERE statement_id = ?")) {
			query.setLong(1, id.number());
			try (ResultSet rs = query.executeQuery()) {
				OffsetMap map = rs.next() ? OffsetRuns.decode(rs.getBytes(1)) : OffsetMap.identity(statement.text().length());
				if (map.cleanLength() != statement.text().length()) {
					throw StoreErrors.damaged(database, "the offset map of " + id + " does not fit its text");
				}
				return map;
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the offsets of " + id, e);
		} catch (IllegalArgumentException e) {
			throw StoreErrors.damaged(database, "the offset map of " + id + " is unreadable", e);
		}
	}

	@Override
	public synchronized List<Removal> removals(StatementId id) throws StoreException {
		mustExist(id);
		try (PreparedStatement query = connection.prepareStatement("SELECT original_start, original_end, rule, text "
				+ "FROM removals WHERE statement_id = ? ORDER BY ordinal")) {
			query.setLong(1, id.number());
			List<Removal> removals = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					removals.add(new Removal(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
				}
			}
			return removals;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read what cleaning removed from " + id, e);
		} catch (IllegalArgumentException | NullPointerException e) {
			throw StoreErrors.damaged(database, "a removal recorded for " + id + " has an impossible value", e);
		}
	}

	@Override
	public synchronized StatementMetadata metadata(StatementId id) throws StoreException {
		mustExist(id);
		try {
			return MetadataRows.read(connection, id.number());
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the metadata of " + id, e);
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "the metadata of " + id + " has an impossible value", e);
		}
	}

	@Override
	public synchronized List<Retrieval> retrievals(OriginalRef original) throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection.prepareStatement("SELECT source, retrieved_at, final_location, "
				+ "http_status, http_headers FROM retrievals WHERE original_sha256 = ? ORDER BY id")) {
			query.setString(1, original.sha256());
			List<Retrieval> retrievals = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					retrievals.add(StatementSummaries.retrieval(rs, 1));
				}
			}
			return retrievals;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the retrievals of " + original, e);
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "a retrieval of " + original + " has an impossible value", e);
		}
	}

	@Override
	public synchronized Map<StatementId, int[]> nearDuplicateSignatures(String scheme) throws StoreException {
		ensureOpen();
		Map<StatementId, int[]> signatures = new LinkedHashMap<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT statement_id, signature FROM near_duplicates WHERE scheme = ? ORDER BY statement_id")) {
			query.setString(1, scheme);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					signatures.put(new StatementId(rs.getLong(1)), ints(rs.getBytes(2)));
				}
			}
			return signatures;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the near-duplicate signatures", e);
		} catch (IllegalArgumentException e) {
			throw StoreErrors.damaged(database, "a near-duplicate signature is unreadable", e);
		}
	}

	@Override
	public synchronized void recordNearDuplicates(StatementId id, String scheme, int[] signature,
			Optional<NearDuplicateGroup> group) throws StoreException {
		ensureWritable();
		existing(id);
		try {
			Transactions.inTransaction(connection, () -> {
				try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO near_duplicates (statement_id, "
						+ "scheme, signature) VALUES (?, ?, ?) ON CONFLICT (statement_id) DO UPDATE SET scheme = excluded.scheme, "
						+ "signature = excluded.signature")) {
					upsert.setLong(1, id.number());
					upsert.setString(2, scheme);
					upsert.setBytes(3, bytes(signature));
					upsert.executeUpdate();
				}
				if (group.isPresent()) {
					try (PreparedStatement link = connection
							.prepareStatement("UPDATE near_duplicates SET canonical_id = ? WHERE statement_id = ?")) {
						for (StatementId member : group.get().members()) {
							link.setLong(1, group.get().canonical().number());
							link.setLong(2, member.number());
							link.executeUpdate();
						}
					}
					String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
					record(seq -> ChangeRecords.nearDuplicatesGrouped(seq, Instant.parse(now),
							analyst, id, scheme, group.get().canonical(), group.get().members()));
				}
				return null;
			});
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "record the near-duplicates of " + id, e);
		}
	}

	@Override
	public synchronized Optional<NearDuplicateGroup> nearDuplicates(StatementId id) throws StoreException {
		existing(id);
		try (PreparedStatement query = connection.prepareStatement("SELECT statement_id FROM near_duplicates "
				+ "WHERE canonical_id = (SELECT canonical_id FROM near_duplicates WHERE statement_id = ?) ORDER BY statement_id")) {
			query.setLong(1, id.number());
			List<StatementId> members = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					members.add(new StatementId(rs.getLong(1)));
				}
			}
			if (members.size() < 2) {
				return Optional.empty();
			}
			long canonical;
			try (PreparedStatement c = connection.prepareStatement("SELECT canonical_id FROM near_duplicates WHERE statement_id = ?")) {
				c.setLong(1, id.number());
				try (ResultSet rs = c.executeQuery()) {
					rs.next();
					canonical = rs.getLong(1);
				}
			}
			StatementId canonicalId = new StatementId(canonical);
			members.remove(canonicalId);
			members.add(0, canonicalId);
			return Optional.of(new NearDuplicateGroup(canonicalId, members));
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the near-duplicates of " + id, e);
		} catch (IllegalArgumentException e) {
			throw StoreErrors.damaged(database, "the near-duplicate group of " + id + " is inconsistent", e);
		}
	}

	private static byte[] bytes(int[] ints) {
		java.nio.ByteBuffer buffer = ByteBuffer.allocate(ints.length * Integer.BYTES);
		buffer.asIntBuffer().put(ints);
		return buffer.array();
	}

	private static int[] ints(byte[] bytes) {
		if (bytes.length % Integer.BYTES != 0) {
			throw new IllegalArgumentException("signature of " + bytes.length + " bytes");
		}
		int[] ints = new int[bytes.length / Integer.BYTES];
		ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
		return ints;
	}

	/** As {@link #existing} without reading the statement (verification asks this for every statement). */
	private void mustExist(StatementId id) throws StoreException {
		ensureOpen();
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM statements WHERE id = ?")) {
			query.setLong(1, id.number());
			try (ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException(directory + " has no statement " + id);
				}
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read statement " + id, e);
		}
	}

	private Statement existing(StatementId id) throws StoreException {
		return statement(id).orElseThrow(() -> new StoreException(directory + " has no statement " + id));
	}

	@Override
	public synchronized List<List<String>> aliasGroups() throws StoreException {
		ensureOpen();
		Map<Long, List<String>> groups = new LinkedHashMap<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT group_id, spelling FROM search_aliases ORDER BY group_id, ordinal");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				groups.computeIfAbsent(rs.getLong(1), g -> new ArrayList<>()).add(rs.getString(2));
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the search aliases", e);
		}
		return groups.values().stream().map(List::copyOf).toList();
	}

	@Override
	public synchronized void addAliasGroup(List<String> spellings) throws StoreException {
		ensureWritable();
		List<String> distinct = spellings.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (distinct.size() < 2) {
			throw new StoreException("An alias group needs at least two different spellings, got " + spellings);
		}
		String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
		try {
			Transactions.inTransaction(connection, () -> {
				long group = queryLong("SELECT coalesce(max(group_id), 0) + 1 FROM search_aliases", "number an alias group");
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO search_aliases (group_id, ordinal, spelling, added_at) VALUES (?, ?, ?, ?)")) {
					for (int i = 0; i < distinct.size(); i++) {
						insert.setLong(1, group);
						insert.setInt(2, i);
						insert.setString(3, distinct.get(i));
						insert.setString(4, now);
						insert.executeUpdate();
					}
				}
				record(seq -> ChangeRecords.settingChanged(seq, Instant.parse(now), analyst,
						"alias", Map.of("group", Long.toString(group), "spellings", String.join("\n", distinct))));
				return null;
			});
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "add the search aliases " + distinct, e);
		}
	}

	@Override
	public synchronized Map<String, String> savedSearches() throws StoreException {
		ensureOpen();
		Map<String, String> saved = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT name, query FROM saved_searches ORDER BY name");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				saved.put(rs.getString(1), rs.getString(2));
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the saved searches", e);
		}
		return saved;
	}

	@Override
	public synchronized void saveSearch(String name, String query) throws StoreException {
		ensureWritable();
		if (name.isBlank() || query.isBlank()) {
			throw new StoreException("A saved search needs a name and a query");
		}
		String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
		try {
			Transactions.inTransaction(connection, () -> {
				try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO saved_searches (name, query, "
						+ "saved_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET query = excluded.query, "
						+ "saved_at = excluded.saved_at")) {
					upsert.setString(1, name.strip());
					upsert.setString(2, query);
					upsert.setString(3, now);
					upsert.executeUpdate();
				}
				record(seq -> ChangeRecords.settingChanged(seq, Instant.parse(now), analyst,
						"save-search", Map.of("name", name.strip(), "query", query)));
				return null;
			});
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "save the search " + name, e);
		}
	}

	/** Appends the change's record, in the change's transaction. */
	private void record(LongFunction<ProvDraft> content) throws SQLException {
		if (keepsProvenanceLog) {
			ProvenanceLog.append(connection, content);
		}
	}

	@Override
	public synchronized List<ProvEntry> provenance(long after, int limit) throws StoreException {
		ensureOpen();
		try {
			return ProvenanceLog.entries(connection, after, limit);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the provenance log", e);
		}
	}

	@Override
	public synchronized long recordReportExport(ReportExport export) throws StoreException {
		ensureWritable();
		for (ExcerptId quoted : export.quoted()) {
			if (excerpt(quoted).isEmpty()) {
				throw new StoreException(directory + " has no excerpt " + quoted + "; the report's export is not recorded");
			}
		}
		Instant now = now();
		try {
			return Transactions.inTransaction(connection, () -> ProvenanceLog.append(connection,
					seq -> ChangeRecords.reportExported(seq, now, analyst, export)).seq());
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "record the export of " + export.file(), e);
		}
	}

	@Override
	public synchronized Optional<ProvEntry> lastProvenance() throws StoreException {
		ensureOpen();
		try {
			return ProvenanceLog.last(connection);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the provenance log", e);
		}
	}

	@Override
	public synchronized List<ProvEntry> provenanceAbout(String entity) throws StoreException {
		ensureOpen();
		try {
			return ProvenanceLog.entriesAbout(connection, entity);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the provenance of " + entity, e);
		}
	}

	@Override
	public Excerpt addExcerpt(StatementId id, int start, int end, Optional<String> note) throws StoreException {
		Excerpt excerpt;
		synchronized (this) {
			Statement statement = existing(id);
			int length = statement.text().length();
			if (start < 0 || end > length || start > end) {
				throw new StoreException("The range " + start + "-" + end + " is outside the text of " + id + ", which has "
						+ length + " characters (0-" + length + ")");
			}
			if (start == end) {
				throw new StoreException("The range " + start + "-" + end + " of " + id + " is empty; an excerpt needs at "
						+ "least one character");
			}
			if (statement.text().substring(start, end).isBlank()) {
				throw new StoreException("The range " + start + "-" + end + " of " + id + " holds only white space");
			}
			Optional<String> givenNote = note.map(String::strip).filter(n -> !n.isEmpty());
			OffsetMap offsets = offsets(id);
			Instant now = now();
			try {
				excerpt = Transactions.inTransaction(connection,
						() -> analystChanges.addExcerpt(statement, offsets, start, end, givenNote, now));
			} catch (SQLException e) {
				throw StoreErrors.fromSql(database, "add an excerpt of " + id, e);
			}
		}
		tellListeners("an excerpt", listener -> listener.excerptsChanged(this, List.of(excerpt.id())));
		return excerpt;
	}

	@Override
	public synchronized List<Excerpt> excerpts() throws StoreException {
		ensureOpen();
		try {
			return analystChanges.excerpts();
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the excerpts", e);
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "an excerpt has an impossible value", e);
		}
	}

	@Override
	public synchronized Optional<Excerpt> excerpt(ExcerptId id) throws StoreException {
		ensureOpen();
		try {
			return analystChanges.excerpt(id);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read excerpt " + id, e);
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "excerpt " + id + " has an impossible value", e);
		}
	}

	@Override
	public AnalystChange tag(String target, String tag) throws StoreException {
		return changeTag(AnalystChanges.TAG, target, tag);
	}

	@Override
	public AnalystChange untag(String target, String tag) throws StoreException {
		return changeTag(AnalystChanges.UNTAG, target, tag);
	}

	private AnalystChange changeTag(String change, String target, String tag) throws StoreException {
		AnalystChange done;
		synchronized (this) {
			String id = existingTarget(target);
			String name = tag.strip();
			if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
				throw new StoreException("A tag must be one non-blank line, got '" + tag + "'");
			}
			Instant now = now();
			try {
				done = Transactions.inTransaction(connection, () -> analystChanges.tag(change, id, name,
						analystChanges.currentEntity(id), now));
			} catch (SQLException e) {
				throw StoreErrors.fromSql(database, change + " " + id, e);
			}
		}
		tellChanged(done.target());
		return done;
	}

	/** The canonical form ({@code S3}, {@code E1}) of a target that exists and can be tagged. */
	private String existingTarget(String target) throws StoreException {
		Optional<StatementId> statement = StatementId.parse(target);
		if (statement.isPresent()) {
			return existing(statement.get()).id().toString();
		}
		Optional<ExcerptId> excerptId = ExcerptId.parse(target);
		if (excerptId.isEmpty()) {
			throw new StoreException("'" + target + "' is neither a statement id (S1, S2, ...) nor an excerpt id (E1, "
					+ "E2, ...)");
		}
		Excerpt excerpt = excerpt(excerptId.get())
				.orElseThrow(() -> new StoreException(directory + " has no excerpt " + excerptId.get()));
		if (excerpt.withdrawn()) {
			throw new StoreException("Excerpt " + excerpt.id() + " was withdrawn (its making was undone)");
		}
		return excerpt.id().toString();
	}

	/** Tells the listeners that the statement or excerpt {@code target} changed. */
	private void tellChanged(String target) {
		Optional<StatementId> statement = StatementId.parse(target);
		if (statement.isPresent()) {
			tellListeners("changed statements", listener -> listener.statementsChanged(this, List.of(statement.get())));
		} else {
			ExcerptId.parse(target).ifPresent(excerpt -> tellListeners("changed excerpts",
					listener -> listener.excerptsChanged(this, List.of(excerpt))));
		}
	}

	@Override
	public synchronized List<String> tags(String target) throws StoreException {
		String id = existingTargetOrWithdrawn(target);
		try {
			return analystChanges.tags(id);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the tags of " + id, e);
		}
	}

	private String existingTargetOrWithdrawn(String target) throws StoreException {
		Optional<ExcerptId> excerptId = ExcerptId.parse(target);
		if (excerptId.isPresent()) {
			return excerpt(excerptId.get())
					.orElseThrow(() -> new StoreException(directory + " has no excerpt " + excerptId.get())).id()
					.toString();
		}
		return existingTarget(target);
	}

	@Override
	public synchronized List<String> taggedWith(String tag) throws StoreException {
		ensureOpen();
		try {
			return analystChanges.taggedWith(tag.strip());
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "find what is tagged '" + tag + "'", e);
		} catch (RuntimeException e) {
			throw StoreErrors.damaged(database, "a tag names an impossible target", e);
		}
	}

	@Override
	public AnalystChange editMetadata(StatementId id, String field, Optional<String> value) throws StoreException {
		AnalystChange done;
		synchronized (this) {
			existing(id);
			Instant now = now();
			try {
				done = Transactions.inTransaction(connection, () -> analystChanges.edit(id, field, value, now));
			} catch (SQLException e) {
				throw StoreErrors.fromSql(database, "edit the " + field + " of " + id, e);
			} catch (IllegalArgumentException | DateTimeParseException e) {
				throw StoreErrors.damaged(database, "the metadata of " + id + " has an impossible value", e);
			}
		}
		tellChanged(done.target());
		return done;
	}

	@Override
	public synchronized int version(StatementId id) throws StoreException {
		existing(id);
		try {
			return analystChanges.version(id);
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the version of " + id, e);
		}
	}

	@Override
	public Optional<AnalystChange> undoLast() throws StoreException {
		Optional<AnalystChange> undone;
		synchronized (this) {
			ensureOpen();
			Instant now = now();
			try {
				undone = Transactions.inTransaction(connection, () -> analystChanges.undoLast(now));
			} catch (SQLException e) {
				throw StoreErrors.fromSql(database, "undo the last change", e);
			} catch (IllegalArgumentException | NullPointerException | DateTimeParseException
					| java.util.NoSuchElementException e) {
				throw StoreErrors.damaged(database, "the list of analyst changes has an impossible value", e);
			}
		}
		undone.ifPresent(change -> tellChanged(change.target()));
		return undone;
	}

	@Override
	public synchronized Optional<AnalystChange> newestStanding() throws StoreException {
		ensureOpen();
		try {
			return analystChanges.newestStanding();
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the newest analyst change", e);
		} catch (DateTimeParseException e) {
			throw StoreErrors.damaged(database, "an analyst change has an impossible time", e);
		}
	}

	@Override
	public synchronized List<AnalystChange> analystChanges() throws StoreException {
		ensureOpen();
		try {
			return analystChanges.changes();
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "read the analyst changes", e);
		} catch (DateTimeParseException e) {
			throw StoreErrors.damaged(database, "an analyst change has an impossible time", e);
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
	}

	@Override
	public byte[] readOriginal(OriginalRef original) throws StoreException {
		return originals.read(original);
	}

	@Override
	public void close() throws StoreException {
		synchronized (this) {
			if (closed) {
				return;
			}
		}
		tellListeners("closing", listener -> listener.projectClosing(this));
		closeConnection();
	}

	private synchronized void closeConnection() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			connection.close();
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "close the project", e);
		}
	}

	private void ensureWritable() throws StoreException {
		ensureOpen();
		if (readOnly) {
			throw new StoreException("The project " + directory + " is open for reading only; open it again to change it");
		}
	}

	private void ensureOpen() throws StoreException {
		if (closed) {
			throw new StoreException("The project " + directory + " has been closed; open it again");
		}
	}

	private List<Statement> readAll(PreparedStatement query) throws SQLException, StoreException {
		List<Statement> result = new ArrayList<>();
		try (ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				result.add(toStatement(rs));
			}
		}
		return result;
	}

	/** A row as a statement; values a healthy database cannot hold mean the file was damaged. */
	private Statement toStatement(ResultSet rs) throws SQLException, StoreException {
		long id = rs.getLong("id");
		try {
			return new Statement(new StatementId(id), Optional.ofNullable(rs.getString("title")),
					rs.getString("text"), rs.getString("source"),
					new OriginalRef(rs.getString("original_sha256"), rs.getLong("original_size")),
					rs.getString("charset"), rs.getString("charset_rule"), Instant.parse(rs.getString("imported_at")));
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw StoreErrors.damaged(database, "statement S" + id + " has an impossible value", e);
		}
	}
}
