package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * The command line over a real store and importer with a project of the seed statements, and what
 * each command printed: the set-up the command tests share.
 */
final class SeedsSession {

	/** The store the commands open projects with (tests read the project through it too). */
	final SqliteProjectStore store = new SqliteProjectStore();

	/** The project folder, holding the seeds. */
	final String project;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli;

	/** Makes the project {@code dir} and imports the seeds into it. */
	SeedsSession(Path dir) {
		StatementImportPipeline importer = StatementImportPipeline.withBuiltInExtractors();
		cli = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> store, () -> importer));
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
}
