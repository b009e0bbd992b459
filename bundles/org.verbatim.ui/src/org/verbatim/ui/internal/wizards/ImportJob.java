package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.statushandlers.StatusManager;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.JobImportListener;
import org.verbatim.ui.internal.UiThread;
import org.verbatim.ui.internal.preferences.VerbatimPreferences;

/**
 * Imports what the Import wizard was given, off the UI thread: progress per file in the progress
 * view and status line, Cancel stopping between files (what was imported stays). At the end the
 * Project Explorer reads the project again and an {@link ImportSummaryDialog} says what happened.
 */
public final class ImportJob extends Job {

	/** The family of import jobs, to find or wait for them. */
	public static final Object FAMILY = ImportJob.class;

	private final IWorkbench workbench;
	private final ImportRequest request;

	/**
	 * An import of {@code sources} (files, folders, URLs) into the project in {@code project} with the
	 * preferred encoding, as the Import wizard starts it by default; schedule it.
	 */
	public static ImportJob of(IWorkbench workbench, Path project, List<String> sources) {
		return new ImportJob(workbench, new ImportRequest(project, sources, VerbatimPreferences.importOptions()));
	}

	ImportJob(IWorkbench workbench, ImportRequest request) {
		super("Importing statements into " + request.project().getFileName());
		this.workbench = workbench;
		this.request = request;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ProjectStore store = workbench.getService(ProjectStore.class);
		StatementImporter importer = workbench.getService(StatementImporter.class);
		if (store == null || importer == null) {
			return fail("Statements cannot be imported because the project store or the importer is missing; reinstall Verbatim.",
					null);
		}
		ImportReport report;
		try (Project project = store.open(request.project())) {
			report = importer.importSources(project, request.sources(), request.options(),
					new JobImportListener(monitor, getName()));
		} catch (StoreException e) {
			return fail(e.getMessage(), e);
		} catch (RuntimeException e) {
			return fail("The import into " + request.project() + " stopped on an unexpected error; see the log for details.",
					e);
		}
		Display display = workbench.getDisplay();
		UiThread.later(display, () -> {
			Explorers.reloadAndSelect(workbench, request.project());
			new ImportSummaryDialog(display.getActiveShell(), request.project(), report).open();
		});
		return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/**
	 * Shows the sentence (the cause behind Details) and logs it; the job's own status stays OK so
	 * that the workbench does not show it a second time.
	 */
	static IStatus fail(String sentence, Throwable cause) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.verbatim.ui", sentence, cause),
				StatusManager.SHOW | StatusManager.LOG);
		return Status.OK_STATUS;
	}
}
