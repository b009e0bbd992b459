package org.verbatim.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command, split into options ({@code --name value}), flags ({@code --name})
 * and operands. Only the options and flags a command declares are accepted; {@code --} ends the
 * options.
 */
final class Arguments {

	private final Map<String, String> options = new HashMap<>();
	private final Set<String> flagsSeen = new HashSet<>();
	private final List<String> operands = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Splits {@code args}.
	 *
	 * @param command     the command's name, for messages
	 * @param args        what followed the command's name
	 * @param valueOptions options that take a value
	 * @param flags       options that take none
	 */
	static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flags)
			throws UsageException {
		Arguments parsed = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!optionsEnded && arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			if (optionsEnded || !arg.startsWith("--")) {
				parsed.operands.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String inlineValue = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				inlineValue = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name)) {
				if (inlineValue != null) {
					throw new UsageException(command + ": option --" + name + " takes no value");
				}
				parsed.flagsSeen.add(name);
			} else if (valueOptions.contains(name)) {
				String value = inlineValue;
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException(command + ": option --" + name + " needs a value");
					}
					value = args.get(++i);
				}
				if (parsed.options.put(name, value) != null) {
					throw new UsageException(command + ": option --" + name + " is given twice");
				}
			} else {
				throw new UsageException(command + ": unknown option --" + name);
			}
		}
		return parsed;
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	boolean flag(String name) {
		return flagsSeen.contains(name);
	}

	List<String> operands() {
		return List.copyOf(operands);
	}

	/** The options given with a value, by name. */
	Map<String, String> options() {
		return Map.copyOf(options);
	}

	/** The flags given. */
	Set<String> flags() {
		return Set.copyOf(flagsSeen);
	}
}
