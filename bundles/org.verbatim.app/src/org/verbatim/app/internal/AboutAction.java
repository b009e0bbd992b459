package org.verbatim.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.ui.internal.plugins.InstalledPlugins;

/**
 * Help &gt; About Verbatim: the product name, the version of this build and the plugins installed
 * beyond the product (from the installation's p2 profile).
 */
final class AboutAction extends Action {

	private final IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super("&About Verbatim");
		this.window = window;
	}

	/** The version of this build, such as {@code 0.1.0.202611251730}. */
	static String version() {
		return FrameworkUtil.getBundle(AboutAction.class).getVersion().toString();
	}

	/** What the dialog says: name, version, the one-line description and the installed plugins. */
	static String text() {
		return "Verbatim " + version()
				+ "\n\nA research workbench for public statements: every quote traceable to the original bytes.\n\n"
				+ InstalledPlugins.ofRunningProduct().describe();
	}

	@Override
	public void run() {
		MessageDialog.openInformation(window.getShell(), "About Verbatim", text());
	}
}
