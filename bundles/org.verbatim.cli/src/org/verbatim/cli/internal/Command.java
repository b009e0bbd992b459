package org.verbatim.cli.internal;

import java.util.Set;

/** One command of the command line, such as {@code import}. */
interface Command {

	/** The word that selects the command. */
	String name();

	/** One line for the command list of {@code verbatim --help}. */
	String summary();

	/** The full {@code --help} text: usage line, description and options. */
	String help();

	/** Options that take a value, without the leading dashes; by default {@code --project}. */
	default Set<String> valueOptions() {
		return Set.of("project");
	}

	/**
	 * Options that take no value, without the leading dashes; by default {@code --json}
	 * ({@code --help} is always accepted).
	 */
	default Set<String> flags() {
		return Set.of("json");
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit status: 0 done, 1 some input was bad (already reported)
	 */
	int run(Arguments args, Console console) throws UsageException, InputException;
}
