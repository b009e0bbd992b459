package org.verbatim.app.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;

/**
 * File &gt; Open Project…: the analyst picks a project folder, which is added to the workspace's
 * {@link ProjectList} (and so appears in the Project Explorer).
 */
final class OpenProjectAction extends Action {

	private static final String TITLE = "Open Project";

	private final IWorkbenchWindow window;

	OpenProjectAction(IWorkbenchWindow window) {
		super("&Open Project\u2026");
		this.window = window;
	}

	@Override
	public void run() {
		DirectoryDialog dialog = new DirectoryDialog(window.getShell());
		dialog.setText(TITLE);
		dialog.setMessage("Choose a Verbatim project folder");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path directory;
		try {
			directory = Path.of(chosen);
		} catch (InvalidPathException e) {
			MessageDialog.openError(window.getShell(), TITLE, chosen + " is not a folder name this system accepts.");
			return;
		}
		ProjectStore store = window.getService(ProjectStore.class);
		if (store == null) {
			MessageDialog.openError(window.getShell(), TITLE,
					"Projects cannot be opened because the project store is missing; reinstall Verbatim.");
			return;
		}
		if (!store.isProject(directory)) {
			MessageDialog.openError(window.getShell(), TITLE, directory
					+ " is not a Verbatim project; choose a folder made by Verbatim (for example with ./verbatim init).");
			return;
		}
		try {
			new ProjectList().add(directory);
		} catch (BackingStoreException e) {
			String sentence = "The list of projects could not be saved in the workspace, so " + directory
					+ " will not be shown after a restart; check that the workspace folder is writable.";
			ILog.of(getClass()).error(sentence, e);
			MessageDialog.openError(window.getShell(), TITLE, sentence);
		}
	}
}
