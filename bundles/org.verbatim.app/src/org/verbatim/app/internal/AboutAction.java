package org.verbatim.app.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.ui.internal.plugins.InstalledPlugins;

/**
 * Help &gt; About Verbatim: the product name, the version of this build and the plugins installed
 * beyond the product (from the installation's p2 profile). Asking p2 reads the profile from disk, so
 * the text is put together in a job and the dialog opens when it is ready: the window never waits.
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
		Shell shell = window.getShell();
		Job.create("Listing the installed plugins", monitor -> {
			String text = text();
			if (!shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openInformation(shell, "About Verbatim", text);
					}
				});
			}
		}).schedule();
	}
}
