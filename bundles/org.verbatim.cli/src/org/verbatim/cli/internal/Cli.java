package org.verbatim.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Dispatches {@code verbatim COMMAND ...} to its command and turns every failure into an exit status
 * and one line on standard error, never a stack trace.
 */
public final class Cli {

	/** Done. */
	public static final int EXIT_OK = 0;
	/** Some input was bad; each problem was reported on one line. */
	public static final int EXIT_BAD_INPUT = 1;
	/** The command line was wrong. */
	public static final int EXIT_USAGE = 2;
	/** Verification found something wrong; each finding was printed. */
	public static final int EXIT_VERIFY_FAILED = 4;

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final Console console;
	private final PluginCommands pluginCommands;

	Cli(Console console, List<Command> commandList) {
		this(console, commandList, PluginCommands.NONE);
	}

	Cli(Console console, List<Command> commandList, PluginCommands pluginCommands) {
		this.console = console;
		this.pluginCommands = pluginCommands;
		for (Command command : commandList) {
			commands.put(command.name(), command);
		}
	}

	/** The command line with Verbatim's standard commands and those plugins contribute. */
	static Cli standard(Console console, PluginCommands pluginCommands) {
		return new Cli(console, standardCommands(), pluginCommands);
	}

	/** The command line with Verbatim's standard commands. */
	static Cli standard(Console console) {
		return new Cli(console, standardCommands());
	}

	private static List<Command> standardCommands() {
		return List.of(new InitCommand(), new ImportCommand(), new ListCommand(), new ShowCommand(),
				new SearchCommand(), new ReindexCommand(), new AliasCommand(), new ExcerptCommand(), new ExcerptsCommand(),
				new TagCommand(), new EditCommand(), new UndoCommand(), new ReportCommand(), new VerifyReportCommand(),
				new ExtractCommand(), new ProvCommand(), new VerifyCommand(), new BenchCommand(), new PluginsCommand());
	}

	/** Runs one command line and returns its exit status. */
	int run(String... args) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		if (rest.isEmpty() || isHelp(rest.get(0)) || rest.get(0).equals("help") && rest.size() == 1) {
			console.out().print(overview());
			return rest.isEmpty() ? EXIT_USAGE : EXIT_OK;
		}
		if (rest.size() == 1 && rest.get(0).equals("--version")) {
			console.out().println("Verbatim " + version());
			return EXIT_OK;
		}
		if (rest.get(0).equals("help")) {
			rest = List.of(rest.get(1), "--help");
		}
		String name = rest.get(0);
		Command command = commands.get(name);
		if (command == null) {
			command = pluginCommands.named(name).orElse(null);
		}
		if (command == null) {
			return usage("unknown command '" + name + "'; commands: " + String.join(", ", allCommands().keySet()));
		}
		List<String> commandArgs = rest.subList(1, rest.size());
		if (commandArgs.stream().anyMatch(Cli::isHelp)) {
			console.out().print(command.help());
			return EXIT_OK;
		}
		try {
			Arguments parsed = Arguments.parse(name, commandArgs, command.valueOptions(), command.flags());
			return command.run(parsed, console);
		} catch (UsageException e) {
			return usage(e.getMessage() + "; see 'verbatim " + name + " --help'");
		} catch (InputException e) {
			console.problem(e.getMessage());
			return EXIT_BAD_INPUT;
		}
	}

	private int usage(String message) {
		console.err().println("verbatim: " + message);
		return EXIT_USAGE;
	}

	/** This build's version, as its bundle says. */
	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Cli.class);
		return bundle == null ? "(version unknown outside OSGi)" : bundle.getVersion().toString();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	/** The standard commands, then those of plugins (a plugin cannot replace a standard command). */
	private Map<String, Command> allCommands() {
		Map<String, Command> all = new LinkedHashMap<>(commands);
		pluginCommands.registered().forEach(c -> all.putIfAbsent(c.name(), c));
		return all;
	}

	private String overview() {
		Map<String, Command> all = allCommands();
		int width = all.keySet().stream().mapToInt(String::length).max().orElse(0);
		String list = all.values().stream()
				.map(c -> "  " + c.name() + " ".repeat(width - c.name().length() + 2) + c.summary())
				.collect(Collectors.joining("\n"));
		return """
				Usage: verbatim COMMAND [OPTIONS]
				       verbatim              (no command: open the workbench)

				Verbatim keeps projects of public statements: imported byte for byte, searchable,
				every quote traceable to its original.

				Commands:
				%s

				verbatim --version prints the version. Every command takes --help and --json. Exit status: 0 done, 1 bad input
				(one line per problem on standard error), 2 usage error, 3 internal error, 4 verify found problems.
				""".formatted(list);
	}
}
