package org.verbatim.ui.internal.plugins;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Gives every p2 agent in the workbench {@link TrustPolicyServices} as its UI services: ranked above
 * p2's own factory (whose services it wraps), so the engine's trust questions meet the
 * {@link PluginTrust} preference first. Outside a running workbench (the command line) it hands out
 * p2's services unchanged.
 */
@Component(name = TrustPolicyServicesFactory.NAME, service = IAgentServiceFactory.class, property = {
		IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "=" + TrustPolicyServicesFactory.UI_SERVICES,
		Constants.SERVICE_RANKING + ":Integer=100" })
public final class TrustPolicyServicesFactory implements IAgentServiceFactory {

	static final String NAME = "org.verbatim.ui.plugins.trust";
	/** {@code UIServices.SERVICE_NAME}, spelled out because annotations need a constant. */
	static final String UI_SERVICES = "org.eclipse.equinox.p2.core.UIServices";

	private BundleContext context;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public Object createService(IProvisioningAgent agent) {
		Object p2Services = p2Factory().map(factory -> factory.createService(agent)).orElse(null);
		if (!(p2Services instanceof UIServices services) || !PlatformUI.isWorkbenchRunning()) {
			return p2Services;
		}
		return new TrustPolicyServices(services, PluginTrust::current, TrustPolicyServicesFactory::showRefusal);
	}

	/** The best-ranked factory of UI services other than this one: p2's. */
	private Optional<IAgentServiceFactory> p2Factory() {
		String filter = "(&(|(" + PROP_AGENT_SERVICE_NAME + "=" + UI_SERVICES + ")(" + PROP_CREATED_SERVICE_NAME + "="
				+ UI_SERVICES + "))(!(component.name=" + NAME + ")))";
		try {
			Collection<ServiceReference<IAgentServiceFactory>> found = context.getServiceReferences(IAgentServiceFactory.class,
					filter);
			return found.stream().max(Comparator.naturalOrder()).map(context::getService);
		} catch (InvalidSyntaxException e) {
			ILog.of(TrustPolicyServicesFactory.class).error("Bad filter for p2's UI services: " + filter, e);
			return Optional.empty();
		}
	}

	private static void showRefusal(String sentence) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			Shell shell = window == null ? display.getActiveShell() : window.getShell();
			MessageDialog.openError(shell, "Plugin not installed", sentence);
		});
	}
}
