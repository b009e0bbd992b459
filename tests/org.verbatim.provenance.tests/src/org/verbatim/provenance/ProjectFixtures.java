package org.verbatim.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.sqlite.SQLiteConfig;
import org.verbatim.core.Sha256;
import org.verbatim.core.store.Project;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.internal.StatementImportPipeline;

/** Projects made from the sample statements, and raw changes to them behind the store's back. */
final class ProjectFixtures {

	private ProjectFixtures() {
	}

	/** The sample statements ({@code shared/seeds} beside the checkout). */
	static Path seeds() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout (above " + Paths.get("").toAbsolutePath() + ")");
	}

	/** Imports the five seed statements as {@code verbatim import} does. */
	static void importSeeds(Project project) throws IOException {
		List<Path> files;
		try (Stream<Path> all = Files.list(seeds())) {
			files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		var report = StatementImportPipeline.withBuiltInExtractors().importPaths(project, files, ImportOptions.defaults(),
				outcome -> {
				});
		if (report.count(FileOutcome.Kind.IMPORTED) != files.size()) {
			throw new IllegalStateException("imported " + report.count(FileOutcome.Kind.IMPORTED) + " of " + files.size() + " seeds");
		}
	}

	/** Runs SQL on the project's database directly, with the log's protecting triggers removed. */
	static void tamper(Path project, String... sql) throws SQLException {
		try (Connection c = raw(project); Statement s = c.createStatement()) {
			s.execute("DROP TRIGGER IF EXISTS prov_records_no_update");
			s.execute("DROP TRIGGER IF EXISTS prov_records_no_delete");
			for (String each : sql) {
				s.execute(each);
			}
		}
	}

	static String queryString(Path project, String sql) throws SQLException {
		try (Connection c = raw(project); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	static byte[] queryBytes(Path project, String sql) throws SQLException {
		try (Connection c = raw(project); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getBytes(1) : null;
		}
	}

	/** Runs one statement with one text or blob parameter per {@code ?}. */
	static void update(Path project, String sql, Object... values) throws SQLException {
		tamper(project);
		try (Connection c = raw(project); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				s.setObject(i + 1, values[i]);
			}
			s.executeUpdate();
		}
	}

	private static Connection raw(Path project) throws SQLException {
		return new SQLiteConfig().createConnection("jdbc:sqlite:" + project.resolve("verbatim.db"));
	}

	/** The archived file of an original. */
	static Path originalFile(Path project, String sha256) {
		return project.resolve("originals").resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** Flips the lowest bit of one byte of a file. */
	static void flipByte(Path file, int index) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[index] ^= 1;
		Files.write(file, bytes);
	}

	/** Every file below {@code dir} with the hash of its bytes, to prove that nothing changed. */
	static TreeMap<String, String> snapshot(Path dir) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(p).toString(), Sha256.hex(Files.readAllBytes(p)));
			}
		}
		return files;
	}
}
