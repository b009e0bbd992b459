package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.plugins.PluginException;

/**
 * {@code verbatim plugins}: the command line's side (usage, one-line errors). Installing into a
 * product is checked end to end by releng/scripts/plugins-end-to-end.sh.
 */
class PluginsCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(PluginsCommand.InstallerSource installers, String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
					throw new AssertionError("plugins needs no store");
				}, () -> {
					throw new AssertionError("plugins needs no importer");
				});
		return new Cli(console, List.of(new PluginsCommand(installers))).run(args);
	}

	private static PluginsCommand.InstallerSource unused() {
		return () -> {
			throw new AssertionError("no installer is needed for a usage error");
		};
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void usageErrorsNameWhatIsMissing() {
		assertEquals(Cli.EXIT_USAGE, run(unused(), "plugins"));
		assertTrue(err().contains("say 'list', 'install FEATURE' or 'uninstall FEATURE'"), err());
		err.reset();
		assertEquals(Cli.EXIT_USAGE, run(unused(), "plugins", "install", "org.verbatim.qda.feature"));
		assertTrue(err().contains("install needs --repo SITE"), err());
		err.reset();
		assertEquals(Cli.EXIT_USAGE, run(unused(), "plugins", "uninstall"));
		assertTrue(err().contains("uninstall takes exactly one FEATURE"), err());
		err.reset();
		assertEquals(Cli.EXIT_USAGE, run(unused(), "plugins", "list", "--allow-unsigned"));
		assertTrue(err().contains("--allow-unsigned goes with install only"), err());
	}

	@Test
	void aMissingSiteIsOneLineBeforeAnyInstallerIsMade() {
		assertEquals(Cli.EXIT_BAD_INPUT,
				run(unused(), "plugins", "install", "--repo", temp.resolve("nowhere").toString(), "org.verbatim.qda.feature"));
		assertEquals("verbatim: update site " + temp.resolve("nowhere") + " does not exist; give the folder or .zip of a"
				+ " p2 update site (the build makes one in releng/org.verbatim.repository/target/repository)\n", err());
	}

	@Test
	void installerProblemsAreOneLineWithExitStatusOne() {
		assertEquals(Cli.EXIT_BAD_INPUT, run(() -> {
			throw new PluginException("this Verbatim installation has no p2 profile");
		}, "plugins", "list"));
		assertEquals("verbatim: this Verbatim installation has no p2 profile\n", err());
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpTellsTheTrustRules() {
		assertEquals(Cli.EXIT_OK, run(unused(), "plugins", "--help"));
		String help = out.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("verbatim plugins install --repo SITE [--allow-unsigned] FEATURE"), help);
		assertTrue(help.contains("A tampered artifact is always refused"), help);
	}
}
