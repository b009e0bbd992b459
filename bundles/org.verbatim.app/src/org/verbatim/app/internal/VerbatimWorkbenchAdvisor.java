package org.verbatim.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.internal.StatementEditorWarmUp;
import org.verbatim.ui.internal.plugins.InstallerPreparation;
import org.verbatim.ui.internal.preferences.VerbatimPreferences;

/**
 * Opens windows in the Research perspective, saves and restores the layout, on the first start of a
 * workspace creates the sample project in the background, and once the window is usable warms up
 * the Statement editor ({@link StatementEditorWarmUp}) so that the first statement opens quickly.
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
		InstallerPreparation.schedule();
		reportReadyForBenchmark();
		// in a later turn of the event loop, once the window is usable: it only schedules work
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			if (!PlatformUI.getWorkbench().isClosing()) {
				StatementEditorWarmUp.startUnlessOff(display);
			}
		});
	}

	/** The system property naming the file {@code releng/scripts/bench-workbench.sh} waits for. */
	static final String READY_FILE_PROPERTY = "verbatim.bench.readyFile";

	/**
	 * For the start-up benchmark only: once the event loop runs with the window open (the first
	 * asynchronous runnable after start-up), writes the wall clock in milliseconds and the time since
	 * the JVM started to the file named by {@link #READY_FILE_PROPERTY}, then closes the workbench
	 * normally so that the next start restores the saved layout as an analyst's would.
	 */
	private static void reportReadyForBenchmark() {
		String file = System.getProperty(READY_FILE_PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		Display.getCurrent().asyncExec(() -> {
			long now = System.currentTimeMillis();
			long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
			try {
				Files.writeString(Path.of(file), now + " " + sinceJvmStart + "\n", StandardCharsets.UTF_8);
			} catch (IOException e) {
				ILog.of(VerbatimWorkbenchAdvisor.class).error("The start-up benchmark's file " + file + " could not be written.", e);
			}
			PlatformUI.getWorkbench().close();
		});
	}
}
