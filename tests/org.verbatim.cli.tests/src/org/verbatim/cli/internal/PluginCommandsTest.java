package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.cli.CommandInput;
import org.verbatim.cli.CommandProblem;
import org.verbatim.cli.ContributedCommand;

/** Commands that plugins contribute: found by name, parsed, helped and failed like the standard ones. */
class PluginCommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** {@code echo [--loud] [--project DIR] WORDS}: prints its words; "bad" is bad input, none a usage error. */
	private static final class Echo implements ContributedCommand {
		private final String name;

		Echo(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String summary() {
			return "print words (a plugin's)";
		}

		@Override
		public String help() {
			return "Usage: verbatim " + name + " WORDS\n";
		}

		@Override
		public Set<String> valueOptions() {
			return Set.of("project");
		}

		@Override
		public Set<String> flags() {
			return Set.of("loud");
		}

		@Override
		public int run(CommandInput input, PrintStream out, PrintStream err) throws CommandProblem {
			if (input.operands().isEmpty()) {
				throw CommandProblem.usage(name + ": name some words");
			}
			if (input.operands().contains("bad")) {
				throw CommandProblem.input("bad: is not a word to echo");
			}
			String words = String.join(" ", input.operands()) + input.option("project").map(p -> " in " + p).orElse("");
			out.println(input.flag("loud") ? words.toUpperCase(Locale.ROOT) : words);
			return 0;
		}
	}

	private Cli cli(ContributedCommand... contributed) {
		List<Command> commands = Arrays.stream(contributed).map(PluginCommands::adapt).toList();
		PluginCommands plugins = new PluginCommands() {
			@Override
			public Optional<Command> named(String name) {
				return commands.stream().filter(c -> c.name().equals(name)).findFirst();
			}

			@Override
			public List<Command> registered() {
				return commands;
			}
		};
		return Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
					throw new IllegalStateException("no store");
				}, () -> {
					throw new IllegalStateException("no importer");
				}), plugins);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void contributedCommandRunsWithItsOptionsAndShowsInTheOverview() {
		Cli cli = cli(new Echo("echo"));
		assertEquals(0, cli.run("echo", "--loud", "--project", "p", "black", "january"));
		assertEquals("BLACK JANUARY IN P\n", out());
		out.reset();
		assertEquals(0, cli.run("--help"));
		assertTrue(out().contains("  echo "), out());
		out.reset();
		assertEquals(0, cli.run("echo", "--help"));
		assertEquals("Usage: verbatim echo WORDS\n", out());
	}

	@Test
	void contributedCommandFailsLikeAStandardOne() {
		Cli cli = cli(new Echo("echo"));
		assertEquals(2, cli.run("echo", "--quiet", "x"));
		assertEquals("verbatim: echo: unknown option --quiet; see 'verbatim echo --help'\n", err());
		err.reset();
		assertEquals(2, cli.run("echo"));
		assertEquals("verbatim: echo: name some words; see 'verbatim echo --help'\n", err());
		err.reset();
		assertEquals(1, cli.run("echo", "bad"));
		assertEquals("verbatim: bad: is not a word to echo\n", err());
	}

	@Test
	void pluginCannotReplaceAStandardCommand() {
		Cli cli = cli(new Echo("list"));
		assertEquals(0, cli.run("list", "--help"));
		assertTrue(out().startsWith("Usage: verbatim list --project"), out());
	}

	@Test
	void unknownCommandListsPluginCommandsToo() {
		Cli cli = cli(new Echo("echo"));
		assertEquals(2, cli.run("frobnicate"));
		assertTrue(err().trim().endsWith(", bench, plugins, echo"), err());
	}
}
