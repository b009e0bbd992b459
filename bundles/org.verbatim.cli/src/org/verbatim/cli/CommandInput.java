package org.verbatim.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one run of a {@link ContributedCommand}, already checked against the options and
 * flags it declares.
 *
 * @param options  the options given with a value, by name without dashes
 * @param flags    the flags given, by name without dashes
 * @param operands the remaining arguments, in order
 */
public record CommandInput(Map<String, String> options, Set<String> flags, List<String> operands) {

	public CommandInput {
		options = Map.copyOf(options);
		flags = Set.copyOf(flags);
		operands = List.copyOf(operands);
	}

	/** The value of option {@code --name}, if given. */
	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** Whether flag {@code --name} was given. */
	public boolean flag(String name) {
		return flags.contains(name);
	}
}
