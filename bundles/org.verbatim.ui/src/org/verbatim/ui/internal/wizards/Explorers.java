package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectExplorerView;

/** What a wizard does to the open Project Explorers once its work is done (on the UI thread). */
final class Explorers {

	private Explorers() {
	}

	/**
	 * Reads the projects again in every open Project Explorer (statements were added behind its
	 * back) and selects the project in {@code directory}.
	 */
	static void reloadAndSelect(IWorkbench workbench, Path directory) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart view = page.findView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID);
				if (view instanceof ProjectExplorerView explorer) {
					explorer.reload();
					explorer.selectProject(directory);
				}
			}
		}
	}
}
