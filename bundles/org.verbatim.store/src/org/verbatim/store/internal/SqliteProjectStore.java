package org.verbatim.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Manifest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.verbatim.core.IoFailures;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * The default project store: a project folder holds {@code verbatim.db} (SQLite, write-ahead
 * log, full fsync), {@code originals/} (content-addressed original bytes) and {@code index/}
 * (reserved for the derived search index).
 * <p>
 * Opening never writes to a file it has not recognised as a healthy Verbatim database of a schema
 * this code knows; older schemas are upgraded in one transaction. A project opened read-only is
 * never written at all.
 */
@Component(service = ProjectStore.class)
public class SqliteProjectStore implements ProjectStore {

	/** The database file inside a project folder. */
	public static final String DATABASE_FILE = "verbatim.db";

	/** The folder of archived original bytes inside a project folder. */
	public static final String ORIGINALS_FOLDER = "originals";

	/** The folder reserved for the search index inside a project folder. */
	public static final String INDEX_FOLDER = "index";

	/** Prefix of the database file while {@link #create} builds it. */
	static final String INIT_PREFIX = ".verbatim-init-";

	private static final System.Logger LOG = System.getLogger(SqliteProjectStore.class.getName());

	private static final int BUSY_TIMEOUT_MS = 10_000;

	private final List<SchemaMigration> migrations;

	/** Whoever keeps data derived from projects (the search index); told of every committed change. */
	private final List<ProjectChangeListener> listeners = new CopyOnWriteArrayList<>();

	private final Clock clock;

	private final boolean keepsProvenanceLog;

	/** The store with this version's schema; used by Declarative Services. */
	public SqliteProjectStore() {
		this(Schema.MIGRATIONS, Clock.systemUTC());
	}

	/** A store with another list of schema steps, for testing upgrades. */
	SqliteProjectStore(List<SchemaMigration> migrations, Clock clock) {
		this(migrations, clock, true);
	}

	private SqliteProjectStore(List<SchemaMigration> migrations, Clock clock, boolean keepsProvenanceLog) {
		this.migrations = List.copyOf(migrations);
		this.clock = Objects.requireNonNull(clock, "clock");
		this.keepsProvenanceLog = keepsProvenanceLog;
	}

	@Override
	public Optional<ProjectStore> withoutProvenanceLogForBenchmark() {
		// the same listeners, so that the search index follows both alike
		SqliteProjectStore store = new SqliteProjectStore(migrations, clock, false);
		store.listeners.addAll(listeners);
		return Optional.of(store);
	}

	/** Registers a listener to tell of the changes of every project this store opens. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeListener")
	public void addListener(ProjectChangeListener listener) {
		listeners.add(listener);
	}

	public void removeListener(ProjectChangeListener listener) {
		listeners.remove(listener);
	}

	/** The newest schema version this store reads and writes. */
	int schemaVersion() {
		return migrations.size();
	}

	@Override
	public boolean isProject(Path directory) {
		return Files.isRegularFile(directory.resolve(DATABASE_FILE));
	}

	@Override
	public Project create(Path directory) throws StoreException {
		Path dir = directory.toAbsolutePath().normalize();
		if (Files.exists(dir.resolve(DATABASE_FILE))) {
			throw new StoreException(dir + " is already a Verbatim project");
		}
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new StoreException(dir + " is a file, not a folder; choose a new or empty folder");
		}
		try {
			List<Path> leftovers = leftoversOfInterruptedCreate(dir);
			Files.createDirectories(dir);
			for (Path leftover : leftovers) {
				if (leftover.getFileName().toString().startsWith(INIT_PREFIX)) {
					Files.deleteIfExists(leftover);
				}
			}
			Files.createDirectories(dir.resolve(ORIGINALS_FOLDER));
			Files.createDirectories(dir.resolve(INDEX_FOLDER));
		} catch (IOException e) {
			throw new StoreException(
					dir + " cannot be made a project (" + IoFailures.reason(e) + "); choose a folder you can write to",
					e);
		}
		Path temp = dir.resolve(INIT_PREFIX + UUID.randomUUID() + ".db");
		Path database = dir.resolve(DATABASE_FILE);
		try {
			buildDatabase(temp, dir);
			FileSync.file(temp);
			publish(temp, database);
			FileSync.directory(dir);
		} catch (FileAlreadyExistsException e) {
			throw new StoreException(dir + " is already a Verbatim project", e);
		} catch (IOException e) {
			throw new StoreException(
					dir + " cannot be made a project (" + IoFailures.reason(e) + "); choose a folder you can write to",
					e);
		} finally {
			for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
				OriginalArchive.deleteQuietly(temp.resolveSibling(temp.getFileName() + suffix));
			}
		}
		return open(dir);
	}

	/**
	 * What an interrupted {@link #create} may have left: the temporary database and the empty
	 * folders. Anything else means the folder is in use and is refused.
	 */
	private static List<Path> leftoversOfInterruptedCreate(Path dir) throws StoreException, IOException {
		List<Path> leftovers = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return leftovers;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				boolean ours = name.startsWith(INIT_PREFIX) && Files.isRegularFile(entry)
						|| Set.of(ORIGINALS_FOLDER, INDEX_FOLDER).contains(name) && isEmptyFolder(entry);
				if (!ours) {
					throw new StoreException(dir + " is not empty; choose a new or empty folder");
				}
				leftovers.add(entry);
			}
		}
		return leftovers;
	}

	private static boolean isEmptyFolder(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
			return !entries.iterator().hasNext();
		}
	}

	private void buildDatabase(Path file, Path dir) throws StoreException {
		SQLiteConfig config = connectionConfig();
		try (Connection connection = config.createConnection(url(file))) {
			try (Statement s = connection.createStatement()) {
				s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
				s.execute("PRAGMA journal_mode = WAL");
			}
			migrate(connection, 0, () -> {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO project (id, name, created_at, created_by) VALUES (1, ?, ?, ?)")) {
					insert.setString(1, dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
					insert.setString(2, Instant.now(clock).toString());
					insert.setString(3, "Verbatim " + verbatimVersion());
					insert.executeUpdate();
				}
			});
		} catch (SQLException e) {
			throw StoreErrors.fromSql(file, "create the project database", e);
		}
	}

	/** Moves the finished database to its name, refusing to replace one that appeared meanwhile. */
	private static void publish(Path temp, Path database) throws IOException {
		try {
			Files.createLink(database, temp);
		} catch (FileAlreadyExistsException e) {
			throw e;
		} catch (UnsupportedOperationException | IOException e) {
			// no hard links on this file system: check, then rename
			if (Files.exists(database)) {
				throw new FileAlreadyExistsException(database.toString());
			}
			Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
			return;
		}
		Files.delete(temp);
	}

	@Override
	public Project open(Path directory) throws StoreException {
		return open(directory, false);
	}

	@Override
	public Project openReadOnly(Path directory) throws StoreException {
		return open(directory, true);
	}

	private Project open(Path directory, boolean readOnly) throws StoreException {
		Path dir = directory.toAbsolutePath().normalize();
		Path database = dir.resolve(DATABASE_FILE);
		if (!Files.exists(dir)) {
			throw new StoreException(
					dir + " does not exist: create a project there with `verbatim init --project " + dir + "`");
		}
		if (!Files.isDirectory(dir)) {
			throw new StoreException(dir + " is a file, not a Verbatim project folder");
		}
		if (!Files.exists(database)) {
			throw new StoreException(dir + " is not a Verbatim project (no " + DATABASE_FILE
					+ "): create one with `verbatim init --project " + dir + "`");
		}
		if (!Files.isRegularFile(database)) {
			throw StoreErrors.damaged(database, DATABASE_FILE + " is not a file");
		}
		DatabaseHeader header = DatabaseHeader.check(database);
		if (header.userVersion() > schemaVersion()) {
			throw StoreErrors.newer(dir, header.userVersion(), schemaVersion());
		}
		SQLiteConfig config = connectionConfig();
		config.resetOpenMode(SQLiteOpenMode.CREATE);
		Connection connection = null;
		try {
			connection = config.createConnection(url(database));
			int applicationId = intPragma(connection, "application_id");
			int version = intPragma(connection, "user_version");
			if (applicationId != Schema.APPLICATION_ID) {
				throw StoreErrors.damaged(database, "it is not a Verbatim database");
			}
			if (version > schemaVersion()) {
				throw StoreErrors.newer(dir, version, schemaVersion());
			}
			if (version < schemaVersion() && readOnly) {
				throw new StoreException(dir + " was written by an older version of Verbatim (schema " + version
						+ "; this version writes " + schemaVersion() + ") and is opened read-only here, so it is not "
						+ "upgraded: open it once with any other command (such as `verbatim list --project " + dir
						+ "`) to upgrade it");
			}
			if (version < schemaVersion()) {
				LOG.log(Level.INFO, "upgrading {0} from schema {1} to {2}", database, version, schemaVersion());
				migrate(connection, version, () -> {
				});
			}
			checkTables(connection, database);
			if (readOnly) {
				// not SQLite's read-only mode: that leaves the write-ahead log's files behind, while the
				// last connection of this kind removes them on closing, so the folder is as it was
				try (Statement s = connection.createStatement()) {
					s.execute("PRAGMA query_only = 1");
				}
			} else {
				useWriteAheadLog(connection);
			}
			String name = projectName(connection, dir);
			// nothing changes in a read-only project, so no listener needs to hear of it
			SqliteProject project = new SqliteProject(dir, database, name, connection, clock,
					readOnly ? List.of() : listeners, keepsProvenanceLog, readOnly);
			connection = null;
			return project;
		} catch (SQLException e) {
			throw StoreErrors.fromSql(database, "open the project", e);
		} finally {
			closeQuietly(connection);
		}
	}

	private static int intPragma(Connection connection, String pragma) throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
			return rs.next() ? rs.getInt(1) : 0;
		}
	}

	/** Projects are written with a write-ahead log; a hand-made or foreign-built one is switched. */
	private static void useWriteAheadLog(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
			if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) {
				return;
			}
		}
		try (Statement s = connection.createStatement()) {
			s.execute("PRAGMA journal_mode = WAL");
		}
	}

	private static void checkTables(Connection connection, Path database) throws SQLException, StoreException {
		List<String> missing = new ArrayList<>(Schema.REQUIRED_TABLES);
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
			while (rs.next()) {
				missing.remove(rs.getString(1));
			}
		}
		if (!missing.isEmpty()) {
			throw StoreErrors.damaged(database, "the tables " + String.join(", ", missing) + " are missing");
		}
	}

	private static String projectName(Connection connection, Path dir) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM project WHERE id = 1")) {
			if (rs.next()) {
				return rs.getString(1);
			}
		}
		return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
	}

	/** Work to do inside the upgrade transaction, after the schema steps. */
	@FunctionalInterface
	private interface AfterMigration {
		void run() throws SQLException;
	}

	/** Applies the steps from {@code fromVersion} on, and {@code then}, in one transaction. */
	private void migrate(Connection connection, int fromVersion, AfterMigration then) throws SQLException {
		connection.setAutoCommit(false);
		try {
			for (int version = fromVersion; version < migrations.size(); version++) {
				migrations.get(version).action().apply(connection);
			}
			then.run();
			try (Statement s = connection.createStatement()) {
				s.execute("PRAGMA user_version = " + migrations.size());
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}

	private static SQLiteConfig connectionConfig() {
		SQLiteConfig config = new SQLiteConfig();
		config.setBusyTimeout(BUSY_TIMEOUT_MS);
		config.enforceForeignKeys(true);
		config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
		config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
		return config;
	}

	/** A URI, so that characters such as {@code ?} in folder names are not read as parameters. */
	private static String url(Path database) {
		return "jdbc:sqlite:" + database.toUri();
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				LOG.log(Level.DEBUG, "closing after a failed open", e);
			}
		}
	}

	/** This bundle's version, recorded in new projects. */
	static String verbatimVersion() {
		try (InputStream in = SqliteProjectStore.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			if (in != null) {
				String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
				if (version != null) {
					return version;
				}
			}
		} catch (IOException e) {
			LOG.log(Level.DEBUG, "no manifest", e);
		}
		return "(unknown version)";
	}
}
