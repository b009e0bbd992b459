package org.verbatim.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.NewStatement;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * An open SQLite-backed project. One connection, used by one thread at a time; every change runs
 * in a single {@code BEGIN IMMEDIATE} transaction.
 */
final class SqliteProject implements Project {

	private static final String STATEMENT_COLUMNS = "id, title, text, source, original_sha256, original_size, "
			+ "charset, charset_rule, imported_at";

	private final Path directory;

	private final Path database;

	private final String name;

	private final Connection connection;

	private final Clock clock;

	private final OriginalArchive originals;

	private boolean closed;

	SqliteProject(Path directory, Path database, String name, Connection connection, Clock clock) {
		this.directory = directory;
		this.database = database;
		this.name = name;
		this.connection = connection;
		this.clock = clock;
		this.originals = new OriginalArchive(directory.resolve(SqliteProjectStore.ORIGINALS_FOLDER));
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
	public synchronized AddResult add(NewStatement statement) throws StoreException {
		ensureOpen();
		OriginalRef original = OriginalRef.of(statement.originalBytes());
		String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
		try {
			connection.setAutoCommit(false);
			try {
				AddResult result = addInTransaction(statement, original, now);
				connection.commit();
				return result;
			} catch (SQLException | StoreException | RuntimeException e) {
				connection.rollback();
				throw e;
			} finally {
				connection.setAutoCommit(true);
			}
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "add the statement from " + statement.source(), e);
		}
	}

	private AddResult addInTransaction(NewStatement statement, OriginalRef original, String now)
			throws SQLException, StoreException {
		Optional<Statement> earlier = findByOriginal(original.sha256());
		if (earlier.isPresent()) {
			return new AddResult(earlier.get(), true);
		}
		// The bytes go to disk before the rows that name them: a crash in between leaves an
		// unreferenced file, never a statement without its original.
		originals.store(original, statement.originalBytes());
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO originals (sha256, size, archived_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
			insert.setString(1, original.sha256());
			insert.setLong(2, original.size());
			insert.setString(3, now);
			insert.executeUpdate();
		}
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
		long id;
		try (PreparedStatement query = connection.prepareStatement("SELECT last_insert_rowid()");
				ResultSet rs = query.executeQuery()) {
			rs.next();
			id = rs.getLong(1);
		}
		return new AddResult(new Statement(new StatementId(id), statement.title(), statement.text(),
				statement.source(), original, statement.charset(), statement.charsetRule(), Instant.parse(now)),
				false);
	}

	@Override
	public byte[] readOriginal(OriginalRef original) throws StoreException {
		return originals.read(original);
	}

	@Override
	public synchronized void close() throws StoreException {
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
