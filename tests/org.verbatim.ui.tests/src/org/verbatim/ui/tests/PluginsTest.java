package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.plugins.PluginFeature;
import org.verbatim.plugins.PluginInstaller;
import org.verbatim.plugins.UnsignedContentPolicy;
import org.verbatim.ui.internal.plugins.InstalledPlugins;
import org.verbatim.ui.internal.plugins.PluginTrust;
import org.verbatim.ui.internal.plugins.TrustPolicyServices;

/**
 * Installing plugins from the workbench: Help has Install New Software and Installation Details (p2's
 * commands, handled), the install wizard lists a local update site's extras category with both
 * plugins, the Plugins preference page writes the key the command line reads, and About lists the
 * plugins installed beyond the product (or says there is no p2 profile to ask).
 */
class PluginsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String EXTRAS = "Verbatim extra plugins";
	private static final String QDA = "Verbatim REFI-QDA Export";
	private static final String FEEDS = "Verbatim Feed Importer";

	@TempDir
	Path temp;

	private IProvisioningAgent agent;
	private PreferenceDialog dialog;

	@AfterEach
	void cleanUp() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		if (agent != null) {
			agent.stop();
		}
	}

	@Test
	void helpMenuOffersP2sInstallAndInstallationDetails() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem helpItem = Arrays.stream(window.getMenuBar().getItems())
				.filter(item -> item.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		Menu help = helpItem.getMenu();
		// menus are filled when shown
		help.notifyListeners(SWT.Show, new Event());
		List<String> labels = Arrays.stream(help.getItems()).map(item -> item.getText().replace("&", "").split("\t")[0])
				.toList();
		help.notifyListeners(SWT.Hide, new Event());
		assertTrue(labels.contains("Install New Software..."), labels.toString());
		assertTrue(labels.contains("Installation Details"), labels.toString());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : List.of("org.eclipse.equinox.p2.ui.sdk.install", "org.eclipse.equinox.p2.ui.sdk.installationDetails")) {
			Command command = commands.getCommand(id);
			assertTrue(command.isDefined() && command.isHandled(), id + " has a handler");
		}
	}

	@Test
	void installWizardListsTheExtrasOfALocalSite() throws Exception {
		agent = newAgent();
		URI site = extrasSite(agent, temp.resolve("site"));
		assertInstanceOf(TrustPolicyServices.class, agent.getService(UIServices.class),
				"installs in the workbench meet the Plugins preference first");
		agent.getService(IProfileRegistry.class).addProfile("VerbatimTest");
		ProvisioningUI ui = new ProvisioningUI(new ProvisioningSession(agent), "VerbatimTest", new Policy());

		// the wizard is modal: drive it from timer steps while openInstallWizard runs its event loop
		Display display = Display.getCurrent();
		AtomicReference<List<String>> listed = new AtomicReference<>();
		AtomicReference<String> lastSeen = new AtomicReference<>("no wizard yet");
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		display.timerExec(300, new Runnable() {

			private boolean siteEntered;

			@Override
			public void run() {
				Shell wizard = display.getActiveShell();
				if (wizard == null || wizard == PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
					again();
					return;
				}
				if (System.nanoTime() > deadline) {
					wizard.close();
					return;
				}
				if (!siteEntered) {
					Combo workWith = widgets(wizard, Combo.class).get(0);
					workWith.setText(site.toString());
					// typed, then Enter: p2 checks the address, adds the site and lists what it offers
					Event enter = new Event();
					enter.keyCode = SWT.CR;
					enter.character = '\r';
					workWith.notifyListeners(SWT.KeyDown, enter);
					siteEntered = true;
					again();
					return;
				}
				Tree tree = widgets(wizard, Tree.class).get(0);
				List<String> seen = new ArrayList<>();
				for (TreeItem category : tree.getItems()) {
					seen.add(category.getText());
					if (category.getText().equals(EXTRAS)) {
						if (!category.getExpanded()) {
							Event expand = new Event();
							expand.item = category;
							tree.notifyListeners(SWT.Expand, expand);
							category.setExpanded(true);
						}
						for (TreeItem plugin : category.getItems()) {
							seen.add("  " + plugin.getText());
						}
					}
				}
				lastSeen.set(seen.toString());
				if (seen.contains("  " + QDA) && seen.contains("  " + FEEDS)) {
					listed.set(seen);
					Screenshots.take(wizard, "plugins-install");
					wizard.close();
					return;
				}
				again();
			}

			private void again() {
				if (System.nanoTime() < deadline + 5_000_000_000L) {
					display.timerExec(200, this);
				}
			}
		});
		ui.openInstallWizard(null, null, null);
		assertNotNull(listed.get(), "the wizard lists the extras category with both plugins; it showed " + lastSeen.get());
		assertTrue(listed.get().contains(EXTRAS), listed.get().toString());
	}

	@Test
	void pluginsPageWritesTheInstallationsTrustChoice() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.verbatim.ui.preferences.plugins", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Composite page = (Composite) ((IPreferencePage) dialog.getSelectedPage()).getControl();
		List<Button> radios = widgets(page, Button.class).stream().filter(b -> (b.getStyle() & SWT.RADIO) != 0).toList();
		assertEquals(List.of("Refuse", "Ask for confirmation", "Allow"),
				radios.stream().map(b -> b.getText().replace("&", "")).toList());
		assertTrue(radios.get(0).getSelection(), "refuse is the default");
		radios.get(0).setSelection(false);
		radios.get(1).setSelection(true);
		radios.get(1).notifyListeners(SWT.Selection, new Event());
		Screenshots.take(dialog.getShell(), "plugins-trust");
		press(dialog.getShell(), "Apply and Close");
		try {
			assertEquals("ask", ConfigurationScope.INSTANCE.getNode(PluginTrust.NODE).get(PluginTrust.KEY, null));
			assertEquals(PluginTrust.ASK, PluginTrust.current());
		} finally {
			dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.verbatim.ui.preferences.plugins", null, null);
			dialog.setBlockOnOpen(false);
			dialog.open();
			press(dialog.getShell(), "Restore Defaults");
			press(dialog.getShell(), "Apply and Close");
		}
		assertNull(ConfigurationScope.INSTANCE.getNode(PluginTrust.NODE).get(PluginTrust.KEY, null), "the default is not stored");
		assertEquals(PluginTrust.REFUSE, PluginTrust.current());
	}

	@Test
	void aboutSaysWhenThereIsNoProfileToAsk() {
		InstalledPlugins.Listing running = InstalledPlugins.ofRunningProduct();
		// the test harness is not an installed product: the installer finds no p2 profile and says so
		assertTrue(running.problem().isPresent(), "the harness has no profile: " + running.plugins());
		assertTrue(running.describe().contains("no p2 profile"), running.describe());
	}

	@Test
	void aboutListsTheFeaturesInstalledBeyondTheProduct() throws Exception {
		agent = newAgent();
		IInstallableUnit base = group("org.verbatim.feature", "Verbatim");
		IInstallableUnit qda = group("org.verbatim.qda.feature", QDA);
		InstallableUnitDescription product = unit("org.verbatim.app.product", "Verbatim", requirements(base));
		product.setProperty("org.eclipse.equinox.p2.type.product", "true");
		IInstallableUnit productUnit = MetadataFactory.createInstallableUnit(product);
		IProfile profile = agent.getService(IProfileRegistry.class).addProfile("VerbatimAbout");
		IEngine engine = agent.getService(IEngine.class);
		IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
		// as the product is installed (product and its features as roots), then the qda plugin
		for (IInstallableUnit unit : List.of(productUnit, base, qda)) {
			plan.addInstallableUnit(unit);
			plan.setInstallableUnitProfileProperty(unit, "org.eclipse.equinox.p2.type.root", "true");
		}
		assertTrue(engine.perform(plan, new NullProgressMonitor()).isOK());
		// About asks the installer that `verbatim plugins list` asks
		InstalledPlugins.Listing listing = InstalledPlugins.of(new PluginInstaller(agent, "VerbatimAbout",
				new PGPPublicKeyRingCollection(List.of()), UnsignedContentPolicy.REFUSE));
		assertEquals(List.of(new PluginFeature("org.verbatim.qda.feature", "0.1.0", QDA, true, false)), listing.plugins());
		assertTrue(listing.describe().contains(QDA + " 0.1.0  (org.verbatim.qda.feature)"), listing.describe());
	}

	/** A p2 agent of its own in a temporary folder: profiles and sites made here touch nothing else. */
	private IProvisioningAgent newAgent() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(PluginsTest.class).getBundleContext();
		IProvisioningAgentProvider provider = context.getService(context.getServiceReference(IProvisioningAgentProvider.class));
		return provider.createAgent(temp.resolve("p2").toUri());
	}

	/** A local update site like the build's: the extras category with the qda and feeds features (metadata only). */
	private static URI extrasSite(IProvisioningAgent agent, Path folder) throws Exception {
		URI uri = folder.toUri();
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		IMetadataRepository repository = metadata.createRepository(uri, "Verbatim test site",
				IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		artifacts.createRepository(uri, "Verbatim test site", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		IInstallableUnit qda = group("org.verbatim.qda.feature", QDA);
		IInstallableUnit feeds = group("org.verbatim.feeds.feature", FEEDS);
		InstallableUnitDescription category = unit("test.extras", EXTRAS, requirements(qda, feeds));
		category.setProperty(QueryUtil.PROP_TYPE_CATEGORY, "true");
		repository.addInstallableUnits(List.of(qda, feeds, MetadataFactory.createInstallableUnit(category)));
		// forgotten again: the analyst's wizard finds the site by its address
		metadata.removeRepository(uri);
		artifacts.removeRepository(uri);
		assertTrue(metadata.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL).length == 0
				|| !Arrays.asList(metadata.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)).contains(uri));
		return uri;
	}

	private static IInstallableUnit group(String featureId, String name) {
		InstallableUnitDescription group = unit(featureId + ".feature.group", name, new IRequirement[0]);
		group.setProperty(QueryUtil.PROP_TYPE_GROUP, "true");
		return MetadataFactory.createInstallableUnit(group);
	}

	private static InstallableUnitDescription unit(String id, String name, IRequirement[] requirements) {
		InstallableUnitDescription unit = new InstallableUnitDescription();
		Version version = Version.create("0.1.0");
		unit.setId(id);
		unit.setVersion(version);
		unit.setProperty(IInstallableUnit.PROP_NAME, name);
		unit.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
		unit.setRequirements(requirements);
		return unit;
	}

	private static IRequirement[] requirements(IInstallableUnit... units) {
		return Arrays.stream(units)
				.map(u -> MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, u.getId(),
						new VersionRange(u.getVersion(), true, u.getVersion(), true), null, false, false))
				.toArray(IRequirement[]::new);
	}

	private static void press(Shell shell, String label) {
		Button button = widgets(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> List<T> widgets(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(widgets(composite, type));
			}
		}
		return found;
	}
}
