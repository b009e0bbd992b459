package org.verbatim.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.internal.preferences.VerbatimPreferences;

/**
 * Opens windows in the Research perspective, saves and restores the layout, and on the first start
 * of a workspace creates the sample project in the background.
 */
final class VerbatimWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// changes are recorded with the analyst named in the preferences
		VerbatimPreferences.applyAnalyst();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ResearchPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VerbatimWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		// the services are looked up on the UI thread, through the workbench's OSGi-backed context
		ProjectStore store = getWorkbenchConfigurer().getWorkbench().getService(ProjectStore.class);
		StatementImporter importer = getWorkbenchConfigurer().getWorkbench().getService(StatementImporter.class);
		SampleProjectJob.scheduleIfNeeded(store, importer);
	}
}
