package org.verbatim.cli.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/** Reads the {@code --project DIR} every project command takes, and opens the project. */
final class ProjectArguments {

	private ProjectArguments() {
	}

	/** The folder named by {@code --project}, made absolute against the working directory. */
	static Path projectDirectory(String command, Arguments args) throws UsageException {
		String value = args.option("project")
				.orElseThrow(() -> new UsageException(command + ": --project DIR is required"));
		if (value.isBlank()) {
			throw new UsageException(command + ": --project needs a folder");
		}
		try {
			return Paths.get(value).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			throw new UsageException(command + ": --project " + value + " is not a valid path");
		}
	}

	/** The one operand of a command that works on one statement, as a statement id. */
	static StatementId oneStatementId(String command, Arguments args) throws UsageException {
		List<String> operands = args.operands();
		if (operands.size() != 1) {
			throw new UsageException(command + ": name exactly one statement id, e.g. S1");
		}
		return StatementId.parse(operands.get(0)).orElseThrow(() -> new UsageException(
				command + ": '" + operands.get(0) + "' is not a statement id (ids look like S1, S2, ...)"));
	}

	/** The statement, or a one-line error saying the project has none with this id. */
	static Statement existing(Project project, StatementId id) throws StoreException, InputException {
		return project.statement(id).orElseThrow(() -> new InputException(
				project.directory() + ": has no statement " + id + "; 'verbatim list' shows the ids"));
	}

	/** Work on an open project. */
	@FunctionalInterface
	interface ProjectWork {
		/** Does the work and returns the exit status. */
		int run(Project project) throws StoreException, InputException;
	}

	/**
	 * Opens the project named by {@code --project}, does {@code work} on it and closes it; store
	 * failures (opening, reading, closing) become one-line input errors.
	 */
	static int withProject(String command, Arguments args, Console console, ProjectWork work)
			throws UsageException, InputException {
		return opened(command, args, console, work, false);
	}

	/** As {@link #withProject}, with the project opened for reading only (never written, never upgraded). */
	static int withProjectReadOnly(String command, Arguments args, Console console, ProjectWork work)
			throws UsageException, InputException {
		return opened(command, args, console, work, true);
	}

	private static int opened(String command, Arguments args, Console console, ProjectWork work, boolean readOnly)
			throws UsageException, InputException {
		Path directory = projectDirectory(command, args);
		try (Project project = readOnly ? console.store().openReadOnly(directory) : console.store().open(directory)) {
			return work.run(project);
		} catch (StoreException e) {
			throw new InputException(e.getMessage());
		}
	}
}
