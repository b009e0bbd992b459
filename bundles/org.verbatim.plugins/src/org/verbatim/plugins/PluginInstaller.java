package org.verbatim.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.ArtifactKeyQuery;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.prefs.BackingStoreException;
import org.verbatim.plugins.internal.ArtifactVerifier;

/**
 * Installs and uninstalls extra plugins (features of an update site) in the running Verbatim
 * product, with p2's planner and engine working on the product's own profile. Before anything is
 * installed, every artifact the install would add is checked against its checksum and signature;
 * tampered content is always refused, unsigned content (or content signed by a key Verbatim does not
 * trust) only with the user's consent or the {@link UnsignedContentPolicy} {@code allow}. The
 * engine installs all or nothing: a failed install leaves the product as it was. New plugins are
 * used after a restart.
 */
public final class PluginInstaller {

	/** The profile property p2 sets on the units a user asked for (as opposed to what they need). */
	static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";

	private static final String PRODUCT_PROPERTY = "org.eclipse.equinox.p2.type.product";

	/** The folder of the configuration area where more trusted keys (*.asc) can be put. */
	public static final String TRUSTED_KEYS_FOLDER = "org.verbatim.plugins/trusted-keys";

	/** p2's engine, whose profile-scoped preference lists the keys p2 itself trusts. */
	private static final String P2_ENGINE = "org.eclipse.equinox.p2.engine";
	private static final String P2_TRUSTED_KEYS = "pgp.trustedPublicKeys";

	/** How long to wait for p2 to write the profile's preferences, which it does in a job after a flush. */
	private static final long PREFERENCES_SAVE_WAIT_MILLIS = 5_000;

	private final IProvisioningAgent agent;
	private final String profileId;
	private final PGPPublicKeyRingCollection trustedKeys;
	private final UnsignedContentPolicy policy;

	/**
	 * An installer working on {@code profileId} of {@code agent}.
	 *
	 * @param trustedKeys the keys whose signatures are trusted
	 * @param policy      what to do with unsigned content or untrusted keys
	 */
	public PluginInstaller(IProvisioningAgent agent, String profileId, PGPPublicKeyRingCollection trustedKeys,
			UnsignedContentPolicy policy) {
		this.agent = agent;
		this.profileId = profileId;
		this.trustedKeys = trustedKeys;
		this.policy = policy;
	}

	/**
	 * The installer of the running product: its p2 agent and profile, the keys it trusts (the one
	 * shipped in this bundle's {@code keys/*.asc} and any {@code *.asc} in the configuration area's
	 * {@value #TRUSTED_KEYS_FOLDER}), and the configured {@link UnsignedContentPolicy}.
	 *
	 * @throws PluginException when the running product has no p2 profile (run from the built product)
	 */
	public static PluginInstaller forRunningProduct() throws PluginException {
		Bundle bundle = FrameworkUtil.getBundle(PluginInstaller.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			throw new PluginException("plugins can only be managed inside the running Verbatim product");
		}
		IProvisioningAgent agent = runningAgent(context);
		IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
		if (profiles == null || profiles.getProfile(IProfileRegistry.SELF) == null) {
			throw new PluginException("this Verbatim installation has no p2 profile, so plugins cannot be installed"
					+ " into it; use the product the build makes (releng/org.verbatim.repository/target/products)");
		}
		List<String> keyBlocks = trustedKeyBlocks(bundle);
		PGPPublicKeyRingCollection keys = readTrustedKeys(keyBlocks);
		shareTrustedKeysWithP2(agent, profiles.getProfile(IProfileRegistry.SELF), keys, keyBlocks);
		PluginInstaller installer = new PluginInstaller(agent, IProfileRegistry.SELF, keys, configuredPolicy());
		// what an uninstall in the workbench (Installation Details) or a refused install there left:
		// nothing of it runs now, except what was uninstalled since this start
		Set<String> running = new HashSet<>();
		for (Bundle each : context.getBundles()) {
			running.add(each.getSymbolicName() + "_" + each.getVersion());
		}
		installer.removeUnusedArtifacts(key -> running.contains(key.getId() + "_" + key.getVersion()));
		return installer;
	}

	/**
	 * The p2 agent of the running system: the one p2 registered when it started (shared with the
	 * workbench's Install New Software), else a new one on the product's p2 folder; {@code null} when
	 * p2 is not there.
	 */
	private static IProvisioningAgent runningAgent(BundleContext context) throws PluginException {
		try {
			Collection<ServiceReference<IProvisioningAgent>> current = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
			Optional<IProvisioningAgent> registered = current.stream().max(Comparator.naturalOrder()).map(context::getService);
			if (registered.isPresent()) {
				return registered.get();
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			return null;
		}
		try {
			return context.getService(reference).createAgent(null);
		} catch (ProvisionException e) {
			throw new PluginException("the product's p2 data could not be opened (" + e.getMessage()
					+ "); is this a Verbatim product made by the build?", e);
		}
	}

	/** The policy the preferences name; {@link UnsignedContentPolicy#REFUSE} when unset or unknown. */
	public static UnsignedContentPolicy configuredPolicy() {
		String value = ConfigurationScope.INSTANCE.getNode(UnsignedContentPolicy.PREFERENCE_NODE)
				.get(UnsignedContentPolicy.PREFERENCE_KEY, UnsignedContentPolicy.REFUSE.preferenceValue());
		return UnsignedContentPolicy.fromPreferenceValue(value).orElse(UnsignedContentPolicy.REFUSE);
	}

	/** The policy this installer applies. */
	public UnsignedContentPolicy policy() {
		return policy;
	}

	/**
	 * Adds the keys Verbatim trusts to p2's own trusted keys of the profile (the preference
	 * {@value #P2_TRUSTED_KEYS} of {@code org.eclipse.equinox.p2.engine} in the profile's scope), which
	 * p2's trust check reads when plugins are installed from the workbench's Install New Software.
	 */
	private static void shareTrustedKeysWithP2(IProvisioningAgent agent, IProfile profile,
			PGPPublicKeyRingCollection keys, List<String> keyBlocks) {
		IAgentLocation location = agent.getService(IAgentLocation.class);
		if (location == null) {
			return;
		}
		IEclipsePreferences node = new ProfileScope(location, profile.getProfileId()).getNode(P2_ENGINE);
		String current = node.get(P2_TRUSTED_KEYS, "");
		Set<Long> known = new HashSet<>();
		try {
			ArtifactVerifier.readKeys(current.isBlank() ? List.of() : List.of(current)).getKeyRings()
					.forEachRemaining(ring -> known.add(ring.getPublicKey().getKeyID()));
		} catch (IOException e) {
			// p2's value is unreadable: ours are written after it, p2 reads what it can
		}
		Set<Long> ours = new HashSet<>();
		keys.getKeyRings().forEachRemaining(ring -> ours.add(ring.getPublicKey().getKeyID()));
		if (known.containsAll(ours)) {
			return;
		}
		StringBuilder merged = new StringBuilder(current.strip());
		for (String block : keyBlocks) {
			merged.append(merged.isEmpty() ? "" : "\n").append(block.strip());
		}
		node.put(P2_TRUSTED_KEYS, merged.append('\n').toString());
		try {
			node.flush();
			// p2 writes the file in a job half a second after the flush: a short command would end first
			for (Job save : Job.getJobManager().find(null)) {
				if (save.getClass().getName().endsWith("ProfilePreferences$SaveJob")) {
					save.join(PREFERENCES_SAVE_WAIT_MILLIS, new NullProgressMonitor());
				}
			}
		} catch (BackingStoreException | InterruptedException e) {
			// the installer trusts its keys anyway; only the workbench's p2 check would ask about them
		}
	}

	private static List<String> trustedKeyBlocks(Bundle bundle) throws PluginException {
		List<String> blocks = new ArrayList<>();
		Enumeration<URL> shipped = bundle.findEntries("keys", "*.asc", false);
		while (shipped != null && shipped.hasMoreElements()) {
			URL key = shipped.nextElement();
			try (InputStream in = key.openStream()) {
				blocks.add(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
			} catch (IOException e) {
				throw new PluginException("the trusted key " + key.getPath() + " of the plugin installer cannot be read;"
						+ " reinstall Verbatim");
			}
		}
		if (blocks.isEmpty()) {
			throw new PluginException("the plugin installer's trusted keys are missing from its bundle; reinstall Verbatim");
		}
		if (Platform.getConfigurationLocation() != null && Platform.getConfigurationLocation().getURL() != null) {
			Path folder = Path.of(Platform.getConfigurationLocation().getURL().getPath()).resolve(TRUSTED_KEYS_FOLDER);
			if (Files.isDirectory(folder)) {
				try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.asc")) {
					for (Path file : files) {
						blocks.add(Files.readString(file, StandardCharsets.US_ASCII));
					}
				} catch (IOException e) {
					throw new PluginException("the trusted keys in " + folder + " cannot be read (" + e.getMessage()
							+ "); fix or remove them");
				}
			}
		}
		return blocks;
	}

	private static PGPPublicKeyRingCollection readTrustedKeys(List<String> blocks) throws PluginException {
		try {
			return ArtifactVerifier.readKeys(blocks);
		} catch (IOException e) {
			throw new PluginException("a trusted key (in the bundle or in " + TRUSTED_KEYS_FOLDER + ") is not an"
					+ " armored OpenPGP public key; fix or remove it");
		}
	}

	private IProfile profile() throws PluginException {
		IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new PluginException("the p2 profile " + profileId + " of this installation is missing");
		}
		return profile;
	}

	private <T> T service(Class<T> type) throws PluginException {
		T service = agent.getService(type);
		if (service == null) {
			throw new PluginException("p2's " + type.getSimpleName() + " is not available in this installation;"
					+ " reinstall Verbatim");
		}
		return service;
	}

	/** The features installed beyond the base product, by id. */
	public List<PluginFeature> installed() throws PluginException {
		IProfile profile = profile();
		Set<String> base = baseFeatureIds(profile);
		List<PluginFeature> result = new ArrayList<>();
		for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
			if (!base.contains(iu.getId()) && "true".equals(profile.getInstallableUnitProperty(iu, ROOT_PROPERTY))) {
				result.add(feature(iu, true, false));
			}
		}
		result.sort(Comparator.comparing(PluginFeature::id));
		return result;
	}

	/** The feature groups of the base product: those its product unit requires. */
	private static Set<String> baseFeatureIds(IProfile profile) {
		Set<IInstallableUnit> groups = profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet();
		Set<String> base = new HashSet<>();
		for (IInstallableUnit product : profile.query(QueryUtil.createIUProductQuery(), null).toUnmodifiableSet()) {
			if (!"true".equals(product.getProperty(PRODUCT_PROPERTY))) {
				continue;
			}
			base.add(product.getId());
			for (IRequirement requirement : product.getRequirements()) {
				for (IInstallableUnit group : groups) {
					if (group.satisfies(requirement)) {
						base.add(group.getId());
					}
				}
			}
		}
		return base;
	}

	/** The features {@code site} offers, each marked installed or not, and part of the base product or not. */
	public List<PluginFeature> available(PluginSite site) throws PluginException {
		IProfile profile = profile();
		Set<String> base = baseFeatureIds(profile);
		return withSite(site, (metadata, artifacts) -> {
			List<PluginFeature> result = new ArrayList<>();
			for (IInstallableUnit iu : metadata.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
				boolean installed = !profile.query(QueryUtil.createIUQuery(iu.getId()), null).isEmpty();
				result.add(feature(iu, installed, base.contains(iu.getId())));
			}
			result.sort(Comparator.comparing(PluginFeature::id));
			return result;
		});
	}

	/**
	 * Checks what installing {@code featureId} from {@code site} would add, without installing it.
	 *
	 * @return one finding per artifact the install would add
	 */
	public List<ArtifactTrust> checkTrust(PluginSite site, String featureId) throws PluginException {
		return withSite(site, (metadata, artifacts) -> {
			IInstallableUnit iu = offered(site, metadata, featureId);
			return trustOf(planInstall(site, iu), artifacts);
		});
	}

	/**
	 * Installs {@code featureId} (with or without {@code .feature.group}) from {@code site}.
	 *
	 * @param allowUnsigned the user confirmed beforehand that unsigned or untrusted content may be installed
	 * @param ask           asked when the policy is {@code ask} and some content is not trusted
	 * @return the installed feature; Verbatim uses it after a restart
	 * @throws PluginException one sentence: unknown feature (with what the site offers), not a site,
	 *                         already installed, refused by the trust check, or p2's reason
	 */
	public PluginFeature install(PluginSite site, String featureId, boolean allowUnsigned,
			UnsignedContentConfirmation ask) throws PluginException {
		IProfile profile = profile();
		String groupId = FeatureIds.groupId(featureId);
		Optional<IInstallableUnit> present = profile.query(QueryUtil.createIUQuery(groupId), null).stream().findFirst();
		if (present.isPresent()) {
			String how = baseFeatureIds(profile).contains(groupId) ? "it is part of Verbatim"
					: "uninstall it first with: verbatim plugins uninstall " + FeatureIds.featureId(groupId);
			throw new PluginException(FeatureIds.featureId(groupId) + " is already installed (version "
					+ present.get().getVersion() + "); " + how);
		}
		return withSite(site, (metadata, artifacts) -> {
			IInstallableUnit iu = offered(site, metadata, featureId);
			IProvisioningPlan plan = planInstall(site, iu);
			TrustDecision.check(FeatureIds.featureId(iu.getId()), site.given(), trustOf(plan, artifacts), policy,
					allowUnsigned, ask);
			perform(plan, "install " + FeatureIds.featureId(iu.getId()) + " from " + site.given());
			return feature(iu, true, false);
		});
	}

	/**
	 * Uninstalls {@code featureId}, a feature installed beyond the base product.
	 *
	 * @throws PluginException when it is not installed or is part of the base product
	 */
	public PluginFeature uninstall(String featureId) throws PluginException {
		IProfile profile = profile();
		String groupId = FeatureIds.groupId(featureId);
		String id = FeatureIds.featureId(groupId);
		Optional<IInstallableUnit> present = profile.query(QueryUtil.createIUQuery(groupId), null).stream().findFirst();
		if (present.isEmpty()) {
			List<PluginFeature> installed = installed();
			throw new PluginException(id + " is not installed; installed plugins: "
					+ (installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(PluginFeature::id).toList())));
		}
		if (baseFeatureIds(profile).contains(groupId)) {
			throw new PluginException(id + " is part of Verbatim itself and cannot be uninstalled; only extra plugins can");
		}
		IPlanner planner = service(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.remove(present.get());
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(new URI[0]);
		context.setArtifactRepositories(new URI[0]);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
		if (!plan.getStatus().isOK()) {
			throw new PluginException("cannot uninstall " + id + ": " + firstMessage(plan.getStatus()));
		}
		perform(plan, "uninstall " + id);
		// p2 takes the plugin out of the profile and bundles.info but leaves its files; its garbage
		// collector would keep them too while this process runs the plugin, and Verbatim is restarted
		// after an uninstall anyway
		removeUnusedArtifacts(key -> false);
		return feature(present.get(), false, false);
	}

	/**
	 * Deletes from the product's bundle pool (its {@code plugins/} and {@code features/}) every artifact
	 * that no profile of this agent names any more, except those {@code keep} accepts. A failure only
	 * leaves files behind, so it is logged, not thrown.
	 */
	private void removeUnusedArtifacts(Predicate<IArtifactKey> keep) {
		String pool = agent.getService(IProfileRegistry.class) == null ? null
				: Optional.ofNullable(agent.getService(IProfileRegistry.class).getProfile(profileId))
						.map(profile -> profile.getProperty(IProfile.PROP_CACHE)).orElse(null);
		IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
		if (pool == null || manager == null) {
			return;
		}
		URI location = Path.of(pool).toUri();
		boolean known = manager.contains(location);
		try {
			IArtifactRepository repository = manager.loadRepository(location, new NullProgressMonitor());
			if (!repository.isModifiable()) {
				return;
			}
			Set<IArtifactKey> used = new HashSet<>();
			for (IProfile profile : agent.getService(IProfileRegistry.class).getProfiles()) {
				profile.query(QueryUtil.createIUAnyQuery(), null).forEach(iu -> used.addAll(iu.getArtifacts()));
			}
			IArtifactKey[] unused = repository.query(ArtifactKeyQuery.ALL_KEYS, null).stream()
					.filter(key -> !used.contains(key) && !keep.test(key)).toArray(IArtifactKey[]::new);
			if (unused.length > 0) {
				repository.removeDescriptors(unused, new NullProgressMonitor());
			}
		} catch (ProvisionException e) {
			ILog.of(PluginInstaller.class).warn("The files of uninstalled plugins could not be removed from " + pool, e);
		} finally {
			if (!known) {
				manager.removeRepository(location);
			}
		}
	}

	private IProvisioningPlan planInstall(PluginSite site, IInstallableUnit iu) throws PluginException {
		IPlanner planner = service(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile());
		request.add(iu);
		request.setInstallableUnitProfileProperty(iu, ROOT_PROPERTY, Boolean.TRUE.toString());
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(currentSite);
		context.setArtifactRepositories(currentSite);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
		if (!plan.getStatus().isOK()) {
			throw new PluginException("cannot install " + FeatureIds.featureId(iu.getId()) + " from " + site.given()
					+ ": " + firstMessage(plan.getStatus()) + "; the site must hold everything the plugin needs");
		}
		return plan;
	}

	private List<ArtifactTrust> trustOf(IProvisioningPlan plan, IArtifactRepository artifacts) throws PluginException {
		ArtifactVerifier verifier = new ArtifactVerifier(trustedKeys);
		List<ArtifactTrust> findings = new ArrayList<>();
		for (IInstallableUnit added : plan.getAdditions().query(QueryUtil.ALL_UNITS, null).toUnmodifiableSet()) {
			for (IArtifactKey key : added.getArtifacts()) {
				String name = key.getId() + "_" + key.getVersion()
						+ ("osgi.bundle".equals(key.getClassifier()) ? " (bundle)" : " (feature)");
				IArtifactDescriptor[] descriptors = artifacts.getArtifactDescriptors(key);
				if (descriptors.length == 0) {
					throw new PluginException("the update site lacks artifact " + name
							+ "; it is incomplete, get the whole site again");
				}
				IArtifactDescriptor descriptor = descriptors[0];
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				IStatus status = artifacts.getRawArtifact(descriptor, bytes, new NullProgressMonitor());
				if (!status.isOK() && status.getSeverity() == IStatus.ERROR) {
					throw new PluginException("artifact " + name + " of the update site cannot be read ("
							+ firstMessage(status) + "); get the site again");
				}
				findings.add(verifier.verify(name, bytes.toByteArray(), new TreeMap<>(descriptor.getProperties())));
			}
		}
		findings.sort(Comparator.comparing(ArtifactTrust::artifact));
		return findings;
	}

	private void perform(IProvisioningPlan plan, String what) throws PluginException {
		IEngine engine = service(IEngine.class);
		// The trust check was done above on the very bytes p2 copies (and p2 checks their checksums
		// as it copies them); p2's own check would ask a UI that a command line does not have.
		IStatus status = engine.perform(plan,
				PhaseSetFactory.createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_CHECK_TRUST }),
				new NullProgressMonitor());
		if (!status.isOK() && status.getSeverity() != IStatus.WARNING && status.getSeverity() != IStatus.INFO) {
			throw new PluginException("could not " + what + ": " + firstMessage(status)
					+ "; nothing was changed", status.getException());
		}
	}

	private static IInstallableUnit offered(PluginSite site, IMetadataRepository metadata, String featureId)
			throws PluginException {
		if (!FeatureIds.isValid(featureId)) {
			throw new PluginException("'" + featureId + "' is not a feature id; list the site's features with:"
					+ " verbatim plugins list --repo " + site.given());
		}
		String groupId = FeatureIds.groupId(featureId);
		Optional<IInstallableUnit> iu = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId)), null)
				.stream().findFirst();
		if (iu.isEmpty()) {
			List<String> offered = metadata.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet().stream()
					.map(u -> FeatureIds.featureId(u.getId())).sorted().distinct().toList();
			throw new PluginException("update site " + site.given() + " offers no feature " + FeatureIds.featureId(groupId)
					+ "; it offers: " + (offered.isEmpty() ? "nothing" : String.join(", ", offered)));
		}
		return iu.get();
	}

	private static PluginFeature feature(IInstallableUnit iu, boolean installed, boolean base) {
		String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
		String id = FeatureIds.featureId(iu.getId());
		return new PluginFeature(id, iu.getVersion().toString(), name == null || name.isBlank() ? id : name,
				installed, base);
	}

	private static String firstMessage(IStatus status) {
		IStatus deepest = status;
		while (deepest.isMultiStatus() && deepest.getChildren().length > 0) {
			IStatus next = deepest.getChildren()[0];
			for (IStatus child : deepest.getChildren()) {
				if (child.getSeverity() == IStatus.ERROR) {
					next = child;
					break;
				}
			}
			deepest = next;
		}
		String message = deepest.getMessage();
		return (message == null || message.isBlank() ? status.getMessage() : message).replace('\n', ' ').strip();
	}

	/** The site loaded for the current operation, as p2 repository locations. */
	private URI[] currentSite = new URI[0];

	private interface SiteWork<T> {
		T run(IMetadataRepository metadata, IArtifactRepository artifacts) throws PluginException;
	}

	/**
	 * Loads {@code site} (a zip unpacked into a temporary folder first), runs {@code work} on it, and
	 * forgets the site again, so that p2 keeps no list of sites the user once named.
	 */
	private synchronized <T> T withSite(PluginSite site, SiteWork<T> work) throws PluginException {
		IMetadataRepositoryManager metadataManager = service(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifactManager = service(IArtifactRepositoryManager.class);
		Path scratch = null;
		URI location = null;
		boolean knownMetadata = false;
		boolean knownArtifacts = false;
		try {
			if (site.kind() == PluginSite.Kind.ZIP) {
				scratch = Files.createTempDirectory("verbatim-site-");
			}
			location = site.repositoryLocation(scratch);
			knownMetadata = metadataManager.contains(location);
			knownArtifacts = artifactManager.contains(location);
			IProgressMonitor monitor = new NullProgressMonitor();
			IMetadataRepository metadata;
			IArtifactRepository artifacts;
			try {
				metadata = metadataManager.loadRepository(location, monitor);
				artifacts = artifactManager.loadRepository(location, monitor);
			} catch (ProvisionException e) {
				throw new PluginException("update site " + site.given() + " is not a p2 update site or cannot be read ("
						+ e.getStatus().getMessage().replace('\n', ' ') + "); give the folder or zip the build makes"
						+ " (releng/org.verbatim.repository/target/repository)", e);
			}
			currentSite = new URI[] { location };
			return work.run(metadata, artifacts);
		} catch (IOException e) {
			throw new PluginException("no temporary folder for unpacking " + site.given() + " (" + e.getMessage() + ")", e);
		} finally {
			currentSite = new URI[0];
			if (location != null) {
				if (!knownMetadata) {
					metadataManager.removeRepository(location);
				}
				if (!knownArtifacts) {
					artifactManager.removeRepository(location);
				}
			}
			if (scratch != null) {
				PluginSite.deleteScratch(scratch);
			}
		}
	}
}
