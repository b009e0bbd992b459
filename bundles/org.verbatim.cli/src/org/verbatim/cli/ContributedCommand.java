package org.verbatim.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * A command of {@code verbatim COMMAND ...} that a plugin adds, found as an OSGi service. It is
 * chosen by its {@link #name()} when no standard command has that name, and shown in
 * {@code verbatim --help} once its plugin is installed. The command line parses the options the
 * command declares, answers {@code --help} with {@link #help()}, and turns a
 * {@link CommandProblem} into one line on standard error and its exit status.
 */
public interface ContributedCommand {

	/** The word that selects the command, such as {@code feeds}. */
	String name();

	/** One line for the command list of {@code verbatim --help}. */
	String summary();

	/** The full {@code --help} text: usage lines, description, options and exit status. */
	String help();

	/** Options that take a value, without the leading dashes, such as {@code project}. */
	Set<String> valueOptions();

	/** Options that take no value, without the leading dashes, such as {@code json}. */
	Set<String> flags();

	/**
	 * Runs the command.
	 *
	 * @param input what followed the command's name, parsed
	 * @param out   results (text or JSON)
	 * @param err   progress and problems about single inputs, one line each
	 * @return the exit status: 0 done, 1 some input was bad (already reported on {@code err})
	 * @throws CommandProblem when the command line or its input is wrong as a whole
	 */
	int run(CommandInput input, PrintStream out, PrintStream err) throws CommandProblem;
}
