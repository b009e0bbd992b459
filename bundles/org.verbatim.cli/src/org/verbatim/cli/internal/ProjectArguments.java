package org.verbatim.cli.internal;

import java.nio.file.Path;
import java.nio.file.Paths;

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
