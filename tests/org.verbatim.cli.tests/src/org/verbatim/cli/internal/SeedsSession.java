package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.index.internal.OpenProjectIndexes;
import org.verbatim.search.internal.LuceneSearchService;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * The command line over a real store and importer with a project of the seed statements, and what
 * each command printed: the set-up the command tests share.
 */
final class SeedsSession implements AutoCloseable {

	/** The store the commands open projects with (tests read the project through it too). */
	final SqliteProjectStore store = new SqliteProjectStore();

	/** The project folder, holding the seeds. */
	final String project;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli;

	/** The search indexes, following the store, when the session searches. */
	private final OpenProjectIndexes indexes;

	/** Makes the project {@code dir} and imports the seeds into it; the commands cannot search. */
	SeedsSession(Path dir) {
		this(dir, false);
	}

	/**
	 * Makes the project {@code dir} and imports the seeds into it; with {@code searching}, the index
	 * follows the store and the commands can search, as in the application.
	 */
	SeedsSession(Path dir, boolean searching) {
		this(dir, searching, StatementImportPipeline.withBuiltInExtractors());
	}

	/** Makes the project {@code dir} and imports the seeds into it with {@code importer} (plugins added to it). */
	SeedsSession(Path dir, StatementImportPipeline importer) {
		this(dir, false, importer);
	}

	private SeedsSession(Path dir, boolean searching, StatementImportPipeline importer) {
		PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		if (searching) {
			indexes = new OpenProjectIndexes();
			store.addListener(indexes);
			LuceneSearchService search = new LuceneSearchService(indexes);
			cli = Cli.standard(new Console(outStream, errStream, () -> store, () -> importer, () -> search));
		} else {
			indexes = null;
			cli = Cli.standard(new Console(outStream, errStream, () -> store, () -> importer));
		}
		project = dir.toString();
		assertEquals(0, run("init", "--project", project), err());
		assertEquals(0, run("import", "--project", project, Seeds.directory().toString()), err());
	}

	/** Runs one command line; what it prints replaces what the last one printed. */
	int run(String... args) {
		out.reset();
		err.reset();
		return cli.run(args);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	List<String> errLines() {
		return err().lines().toList();
	}

	/** Closes the search indexes the session opened. */
	@Override
	public void close() {
		if (indexes != null) {
			indexes.closeAll();
		}
	}
}
