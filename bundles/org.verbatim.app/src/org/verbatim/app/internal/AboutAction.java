package org.verbatim.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;

/** Help &gt; About Verbatim: the product name and the version of this build. */
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

	@Override
	public void run() {
		MessageDialog.openInformation(window.getShell(), "About Verbatim", "Verbatim " + version()
				+ "\n\nA research workbench for public statements: every quote traceable to the original bytes.");
	}
}
