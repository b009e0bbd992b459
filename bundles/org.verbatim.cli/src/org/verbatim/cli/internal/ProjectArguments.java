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

	/** Opens the project named by {@code --project}; store failures become one-line input errors. */
	static Project open(String command, Arguments args, Console console) throws UsageException, InputException {
		Path directory = projectDirectory(command, args);
		try {
			return console.store().open(directory);
		} catch (StoreException e) {
			throw new InputException(e.getMessage());
		}
	}
}
