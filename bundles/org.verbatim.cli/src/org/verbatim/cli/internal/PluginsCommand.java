package org.verbatim.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.verbatim.plugins.ArtifactTrust;
import org.verbatim.plugins.PluginException;
import org.verbatim.plugins.PluginFeature;
import org.verbatim.plugins.PluginInstaller;
import org.verbatim.plugins.PluginSite;
import org.verbatim.plugins.UnsignedContentConfirmation;
import org.verbatim.plugins.UnsignedContentPolicy;

/** {@code verbatim plugins}: list, install and uninstall extra plugins (features of an update site). */
final class PluginsCommand implements Command {

	/** Makes the installer; the running product's unless a test gives another. */
	interface InstallerSource {
		PluginInstaller get() throws PluginException;
	}

	private final InstallerSource installers;

	PluginsCommand() {
		this(PluginInstaller::forRunningProduct);
	}

	PluginsCommand(InstallerSource installers) {
		this.installers = installers;
	}

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String summary() {
		return "list, install or uninstall extra plugins from an update site";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim plugins list [--repo SITE] [--json]
				       verbatim plugins install --repo SITE [--allow-unsigned] FEATURE
				       verbatim plugins uninstall FEATURE

				Extra plugins (an exporter, an importer, a command) are features of a p2 update
				site. 'list' shows the plugins installed beyond the base product, or with --repo
				the features SITE offers, marking those installed. 'install' adds a feature and
				what it needs from SITE only; 'uninstall' removes one ('verbatim' itself cannot be
				uninstalled). Restart Verbatim to use the change. FEATURE is a feature id, with or
				without .feature.group, e.g. org.verbatim.qda.feature.

				SITE: a folder, a file: URL, a .zip of a site (or jar:file:/site.zip!/), or an
				http(s) URL. Nothing else is fetched.

				Trust: every artifact is checked against its checksum and OpenPGP signature first.
				A tampered artifact is always refused. Unsigned content, or content signed by a key
				Verbatim does not trust, is refused unless --allow-unsigned is given, per the
				preference 'unsigned.content' (refuse, the default; ask: a y/N question on a
				terminal, refused without one; allow), set in the workbench's preferences.

				Options:
				  --repo SITE        the update site
				  --allow-unsigned   install unsigned or untrusted content (you trust SITE)
				  --json             print the features as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("repo");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "allow-unsigned");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.isEmpty() || !List.of("list", "install", "uninstall").contains(operands.get(0))) {
			throw new UsageException("plugins: say 'list', 'install FEATURE' or 'uninstall FEATURE'");
		}
		String action = operands.get(0);
		List<String> features = operands.subList(1, operands.size());
		if (action.equals("list") && !features.isEmpty()) {
			throw new UsageException("plugins: list takes no feature (use --repo SITE to see a site's features)");
		}
		if (!action.equals("list") && features.size() != 1) {
			throw new UsageException("plugins: " + action + " takes exactly one FEATURE");
		}
		if (action.equals("install") && args.option("repo").isEmpty()) {
			throw new UsageException("plugins: install needs --repo SITE, the update site to install from");
		}
		if (action.equals("uninstall") && args.option("repo").isPresent()) {
			throw new UsageException("plugins: uninstall takes no --repo (it removes an installed feature)");
		}
		if (!action.equals("install") && args.flag("allow-unsigned")) {
			throw new UsageException("plugins: --allow-unsigned goes with install only");
		}
		try {
			PluginSite site = args.option("repo").isPresent()
					? PluginSite.parse(args.option("repo").get(), Path.of("").toAbsolutePath())
					: null;
			PluginInstaller installer = installers.get();
			switch (action) {
			case "list" -> list(installer, site, args.flag("json"), console);
			case "install" -> {
				PluginFeature installed = installer.install(site, features.get(0), args.flag("allow-unsigned"),
						confirmation(installer.policy(), console));
				console.out().println("Installed " + installed.id() + " " + installed.version() + " (" + installed.name()
						+ "). Restart Verbatim to use it.");
			}
			default -> {
				PluginFeature removed = installer.uninstall(features.get(0));
				console.out().println("Uninstalled " + removed.id() + " " + removed.version()
						+ ". Restart Verbatim to finish.");
			}
			}
			return Cli.EXIT_OK;
		} catch (PluginException e) {
			throw new InputException(e.getMessage());
		}
	}

	private static void list(PluginInstaller installer, PluginSite site, boolean json, Console console)
			throws PluginException {
		List<PluginFeature> features = site == null ? installer.installed() : installer.available(site);
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			if (site != null) {
				out.put("site", site.given());
			}
			out.put("features", features.stream().map(f -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("id", f.id());
				one.put("version", f.version());
				one.put("name", f.name());
				one.put("installed", f.installed());
				one.put("base", f.base());
				return one;
			}).toList());
			console.out().println(Json.write(out));
			return;
		}
		if (features.isEmpty()) {
			console.out().println(site == null
					? "No plugins installed beyond Verbatim itself; see a site's with: verbatim plugins list --repo SITE"
					: "Update site " + site.given() + " offers no features");
			return;
		}
		int width = features.stream().mapToInt(f -> f.id().length()).max().orElse(0);
		for (PluginFeature f : features) {
			String mark = f.base() ? "  [part of Verbatim]" : site != null && f.installed() ? "  [installed]" : "";
			console.out().println(f.id() + " ".repeat(width - f.id().length() + 2) + f.version() + "  " + f.name() + mark);
		}
	}

	/** With policy {@code ask}: a y/N question on the terminal; nobody to ask means no. */
	private static UnsignedContentConfirmation confirmation(UnsignedContentPolicy policy, Console console) {
		if (policy != UnsignedContentPolicy.ASK || !console.terminal()) {
			return UnsignedContentConfirmation.NOBODY;
		}
		return untrusted -> {
			for (ArtifactTrust t : untrusted) {
				console.err().println("  " + t.artifact() + ": " + t.detail());
			}
			console.err().print("These artifacts are unsigned or signed by a key Verbatim does not trust. Install anyway? [y/N] ");
			console.err().flush();
			try {
				String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
			} catch (IOException e) {
				return false;
			}
		};
	}
}
