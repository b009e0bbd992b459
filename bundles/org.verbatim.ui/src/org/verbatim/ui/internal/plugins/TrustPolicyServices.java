package org.verbatim.ui.internal.plugins;

import java.io.File;
import java.net.URI;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;
import org.eclipse.equinox.p2.repository.metadata.spi.IInstallableUnitUIServices;

/**
 * The p2 engine's questions about trust, answered by the {@link PluginTrust} preference before p2's
 * own trust dialog is shown. The engine asks only about content it does not already trust (unsigned
 * artifacts, certificates and PGP keys not in the product's trust store), so: {@link PluginTrust#ALLOW}
 * trusts all of it for this install, {@link PluginTrust#ASK} lets p2's dialog ask the analyst, and
 * {@link PluginTrust#REFUSE} trusts none of it (the engine then installs nothing) and tells the
 * analyst in one sentence why and where to change it. Everything else (passwords, messages, which
 * update sites to trust) is p2's own UI unchanged.
 */
public final class TrustPolicyServices extends UIServices implements IArtifactUIServices, IInstallableUnitUIServices {

	/** How many artifact names the refusal names before it says "and N more". */
	private static final int NAMED = 3;

	private final UIServices delegate;
	private final Supplier<PluginTrust> policy;
	private final Consumer<String> refusalNotice;

	/**
	 * @param delegate      p2's UI services (the trust dialog), asked when the policy is {@link PluginTrust#ASK}
	 * @param policy        the policy in force when the engine asks (read at each install)
	 * @param refusalNotice shows the one-sentence reason when the policy refuses content
	 */
	public TrustPolicyServices(UIServices delegate, Supplier<PluginTrust> policy, Consumer<String> refusalNotice) {
		this.delegate = delegate;
		this.policy = policy;
		this.refusalNotice = refusalNotice;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return delegate.getUsernamePassword(location);
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return delegate.getUsernamePassword(location, previousInfo);
	}

	@Override
	public void showInformationMessage(String title, String text, String linkText) {
		delegate.showInformationMessage(title, text, linkText);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPublicKeys,
			String[] unsignedDetail) {
		Certificate[][] chains = untrustedChains == null ? new Certificate[0][] : untrustedChains;
		Collection<PGPPublicKey> keys = untrustedPublicKeys == null ? List.of() : untrustedPublicKeys;
		return switch (policy.get()) {
		case ALLOW -> new TrustInfo(Arrays.stream(chains).flatMap(Arrays::stream).toList(), keys, false, true);
		case ASK -> delegate.getTrustInfo(chains, keys, unsignedDetail);
		case REFUSE -> refuse(unsignedDetail == null ? List.of() : Arrays.asList(unsignedDetail), chains.length > 0 || !keys.isEmpty(),
				unsignedDetail != null && unsignedDetail.length > 0);
		};
	}

	@Override
	public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedCertificates,
			Map<PGPPublicKey, Set<IArtifactKey>> untrustedPGPKeys, Set<IArtifactKey> unsignedArtifacts,
			Map<IArtifactKey, File> artifactFiles) {
		return switch (policy.get()) {
		case ALLOW -> new TrustInfo(untrustedCertificates.keySet().stream().flatMap(List::stream).toList(),
				untrustedPGPKeys.keySet(), false, true);
		case ASK -> IArtifactUIServices.getTrustInfo(delegate, untrustedCertificates, untrustedPGPKeys, unsignedArtifacts,
				artifactFiles);
		case REFUSE -> {
			Set<String> names = new TreeSet<>();
			untrustedCertificates.values().forEach(keys -> keys.forEach(key -> names.add(name(key))));
			untrustedPGPKeys.values().forEach(keys -> keys.forEach(key -> names.add(name(key))));
			unsignedArtifacts.forEach(key -> names.add(name(key)));
			yield refuse(names, !untrustedCertificates.isEmpty() || !untrustedPGPKeys.isEmpty(), !unsignedArtifacts.isEmpty());
		}
		};
	}

	@Override
	public TrustAuthorityInfo getTrustAuthorityInfo(Map<URI, Set<IInstallableUnit>> siteIUs,
			Map<URI, List<Certificate>> siteCertificates) {
		// which update sites to load from is not the plugin signature policy: p2's own dialog decides
		if (delegate instanceof IInstallableUnitUIServices sites) {
			return sites.getTrustAuthorityInfo(siteIUs, siteCertificates);
		}
		return new TrustAuthorityInfo(siteIUs.keySet(), false, false);
	}

	private TrustInfo refuse(Collection<String> artifacts, boolean unknownKeys, boolean unsigned) {
		refusalNotice.accept(refusal(artifacts, unknownKeys, unsigned));
		return new TrustInfo(List.of(), List.of(), false, false);
	}

	/** The one sentence the analyst sees when the policy refuses content. */
	static String refusal(Collection<String> artifacts, boolean unknownKeys, boolean unsigned) {
		List<String> named = new ArrayList<>(new LinkedHashSet<>(artifacts));
		String what = unsigned && unknownKeys ? "unsigned or signed with a key Verbatim does not trust"
				: unknownKeys ? "signed with a key Verbatim does not trust" : "unsigned";
		String list = String.join(", ", named.subList(0, Math.min(NAMED, named.size())))
				+ (named.size() > NAMED ? " and " + (named.size() - NAMED) + " more" : "");
		return "Nothing was installed: " + (list.isEmpty() ? "the plugin" : list) + (named.size() > 1 ? " are " : " is ")
				+ what + ", and Window > Preferences > Verbatim > Plugins is set to refuse such plugins"
				+ " (choose \"Ask for confirmation\" there to decide yourself).";
	}

	private static String name(IArtifactKey key) {
		return key.getId() + " " + key.getVersion();
	}
}
