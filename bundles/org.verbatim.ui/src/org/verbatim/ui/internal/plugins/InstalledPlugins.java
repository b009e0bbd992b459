package org.verbatim.ui.internal.plugins;

import java.util.List;
import java.util.Optional;

import org.verbatim.plugins.PluginException;
import org.verbatim.plugins.PluginFeature;
import org.verbatim.plugins.PluginInstaller;

/**
 * The plugins installed into this installation beyond the product itself, as About shows them. They
 * come from {@link PluginInstaller#installed()}, the list {@code verbatim plugins list} prints, so the
 * workbench and the command line cannot disagree about what is installed.
 */
public final class InstalledPlugins {

	/**
	 * What the installer says: the plugins, or why it cannot list them.
	 *
	 * @param problem the installer's one-sentence reason when it cannot list them (no p2 profile in a
	 *                development or test run)
	 */
	public record Listing(Optional<String> problem, List<PluginFeature> plugins) {

		/** The lines About shows. */
		public String describe() {
			if (problem.isPresent()) {
				return "Installed plugins: none can be listed; " + problem.get() + ".";
			}
			if (plugins.isEmpty()) {
				return "Installed plugins: none beyond the product (Help > Install New Software adds them).";
			}
			StringBuilder text = new StringBuilder("Installed plugins:");
			for (PluginFeature plugin : plugins) {
				text.append("\n  ").append(plugin.name()).append(' ').append(plugin.version()).append("  (").append(plugin.id())
						.append(')');
			}
			return text.toString();
		}
	}

	private InstalledPlugins() {
	}

	/** The plugins of the running installation. */
	public static Listing ofRunningProduct() {
		try {
			return of(PluginInstaller.forRunningProduct());
		} catch (PluginException e) {
			return new Listing(Optional.of(e.getMessage()), List.of());
		}
	}

	/** The plugins {@code installer} lists. */
	public static Listing of(PluginInstaller installer) {
		try {
			return new Listing(Optional.empty(), installer.installed());
		} catch (PluginException e) {
			return new Listing(Optional.of(e.getMessage()), List.of());
		}
	}
}
