package org.verbatim.ui.internal.plugins;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The plugins installed into this installation beyond the product itself, read from the running
 * p2 profile: the feature groups installed as roots (what Install New Software or
 * {@code verbatim plugins install} adds) that the product does not require.
 */
public final class InstalledPlugins {

	/** One installed plugin feature. */
	public record Plugin(String id, String name, String version) {
	}

	/** What the profile says, or why there is none to ask. */
	public record Listing(Optional<String> profileId, List<Plugin> plugins) {

		/** The lines About shows. */
		public String describe() {
			if (profileId.isEmpty()) {
				return "Installed plugins: none can be listed; this is not an installed product (no p2 profile, as in a development or test run).";
			}
			if (plugins.isEmpty()) {
				return "Installed plugins: none beyond the product (Help > Install New Software adds them).";
			}
			StringBuilder text = new StringBuilder("Installed plugins:");
			for (Plugin plugin : plugins) {
				text.append("\n  ").append(plugin.name()).append(' ').append(plugin.version()).append("  (").append(plugin.id())
						.append(')');
			}
			return text.toString();
		}
	}

	private static final String ROOT = "org.eclipse.equinox.p2.type.root";
	private static final String GROUP_SUFFIX = ".feature.group";

	private InstalledPlugins() {
	}

	/** The plugins of the running installation's profile. */
	public static Listing ofRunningProduct() {
		BundleContext context = FrameworkUtil.getBundle(InstalledPlugins.class).getBundleContext();
		try {
			for (ServiceReference<IProvisioningAgent> ref : context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
				IProvisioningAgent agent = context.getService(ref);
				try {
					IProfileRegistry registry = agent.getService(IProfileRegistry.class);
					IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
					if (profile != null) {
						return of(profile);
					}
				} finally {
					context.ungetService(ref);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return new Listing(Optional.empty(), List.of());
	}

	/** The root feature groups of a profile that no product in it requires, by name. */
	public static Listing of(IProfile profile) {
		List<IInstallableUnit> products = profile.query(QueryUtil.createIUProductQuery(), null).toUnmodifiableSet().stream()
				.toList();
		List<Plugin> plugins = profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet().stream()
				.filter(iu -> iu.getId().endsWith(GROUP_SUFFIX))
				.filter(iu -> Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, ROOT)))
				.filter(iu -> products.stream().noneMatch(product -> product.equals(iu) || requires(product, iu)))
				.map(iu -> new Plugin(iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length()),
						Optional.ofNullable(iu.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString()))
								.orElse(iu.getId()),
						iu.getVersion().toString()))
				.sorted(Comparator.comparing(Plugin::name, String.CASE_INSENSITIVE_ORDER))
				.toList();
		return new Listing(Optional.of(profile.getProfileId()), plugins);
	}

	private static boolean requires(IInstallableUnit product, IInstallableUnit iu) {
		for (IRequirement requirement : product.getRequirements()) {
			if (requirement.isMatch(iu)) {
				return true;
			}
		}
		return false;
	}
}
