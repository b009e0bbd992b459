package org.verbatim.cli;

/**
 * Why a {@link ContributedCommand} stopped: its command line was wrong (exit status 2, with a
 * pointer to its {@code --help}) or its input was bad (exit status 1). The message is one sentence
 * naming the file, folder or URL concerned.
 */
public final class CommandProblem extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean usage;

	private CommandProblem(String message, boolean usage) {
		super(message);
		this.usage = usage;
	}

	/** The command line itself was wrong (a missing operand, a bad option value). */
	public static CommandProblem usage(String message) {
		return new CommandProblem(message, true);
	}

	/** The command line was well formed but its input was bad (a project, a URL). */
	public static CommandProblem input(String message) {
		return new CommandProblem(message, false);
	}

	/** Whether the command line was wrong rather than the input. */
	public boolean isUsage() {
		return usage;
	}
}
