package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.sqlite.SQLiteConfig;
import org.verbatim.core.NewStatement;
import org.verbatim.core.Sha256;
import org.verbatim.importer.StatementImporter;

/** Shared helpers for the store tests: statements made on the fly, the importer service, raw looks at the files. */
final class StoreFixtures {

	/**
	 * Follows the importer service; left open for the whole test run, so that the service is not
	 * released (and its component deactivated) while a test still uses it.
	 */
	private static ServiceTracker<StatementImporter, StatementImporter> importers;

	private StoreFixtures() {
	}

	static NewStatement statement(String source, String text) {
		return new NewStatement(source, text.getBytes(UTF_8), Optional.of("Title of " + source), text, "UTF-8",
				"valid-utf8");
	}

	/**
	 * The importer as the application and plugins get it: the {@link StatementImporter} service that
	 * Declarative Services made in the importer bundle, with its built-in extractors, rather than
	 * the importer's internal classes.
	 */
	static synchronized StatementImporter importer() throws BundleException, InterruptedException {
		if (importers == null) {
			// the importer bundle is activated lazily; its components are made only once it is started
			FrameworkUtil.getBundle(StatementImporter.class).start(Bundle.START_ACTIVATION_POLICY);
			importers = new ServiceTracker<>(FrameworkUtil.getBundle(StoreFixtures.class).getBundleContext(),
					StatementImporter.class, null);
			importers.open();
		}
		StatementImporter importer = importers.waitForService(10_000);
		if (importer == null) {
			throw new IllegalStateException("no StatementImporter service within 10 s (is Declarative Services running?)");
		}
		return importer;
	}

	/** A raw SQLite connection that bypasses the store, to inspect or prepare a database. */
	static Connection raw(Path database) throws SQLException {
		return new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
	}

	static long queryLong(Path database, String sql) throws SQLException {
		try (Connection c = raw(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String queryString(Path database, String sql) throws SQLException {
		try (Connection c = raw(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static void execute(Path database, String... sql) throws SQLException {
		try (Connection c = raw(database); Statement s = c.createStatement()) {
			for (String each : sql) {
				s.execute(each);
			}
		}
	}

	/** Every file and folder below {@code dir} with a hash of its bytes, to prove that nothing changed. */
	static TreeMap<String, String> snapshot(Path dir) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.toList()) {
				boolean file = Files.isRegularFile(p);
				files.put(dir.relativize(p) + (file ? "" : "/"), file ? Sha256.hex(Files.readAllBytes(p)) : "");
			}
		}
		return files;
	}
}
