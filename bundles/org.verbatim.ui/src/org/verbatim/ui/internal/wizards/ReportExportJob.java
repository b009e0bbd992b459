package org.verbatim.ui.internal.wizards;

import java.time.Clock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportException;
import org.verbatim.report.ReportService;
import org.verbatim.ui.internal.UiThread;

/**
 * Writes the report the Report wizard was given, as {@code verbatim report} does: assembles it,
 * exports it (and the evidence bundle), and records the export in the project's provenance log.
 * Success is said in the status line; a failure is one sentence in a dialog.
 */
public final class ReportExportJob extends Job {

	/** The family of report export jobs, to find or wait for them. */
	public static final Object FAMILY = ReportExportJob.class;

	private final IWorkbench workbench;
	private final ReportService reports;
	private final ReportRequest request;

	ReportExportJob(IWorkbench workbench, ReportService reports, ReportRequest request) {
		super("Writing the report " + request.target().getFileName());
		this.workbench = workbench;
		this.reports = reports;
		this.request = request;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, request.bundle().isPresent() ? 4 : 3);
		ProjectStore store = workbench.getService(ProjectStore.class);
		if (store == null) {
			return ImportJob.fail("The report cannot be written because the project store is missing; reinstall Verbatim.",
					null);
		}
		Report report;
		long record;
		try (Project project = store.open(request.project())) {
			progress.subTask("Assembling the quotes");
			report = ReportAssembler.assemble(project, request.excerpts(), request.template(), request.title(),
					request.intro(), Clock.systemUTC());
			progress.worked(1);
			progress.subTask("Writing " + request.target());
			reports.export(report, request.format(), request.target(), request.overwrite());
			progress.worked(1);
			if (request.bundle().isPresent()) {
				progress.subTask("Writing the evidence bundle " + request.bundle().get());
				reports.writeEvidence(report, project, request.bundle().get(), request.overwrite());
				progress.worked(1);
			}
			record = reports.recordExport(project, report, request.format(), request.target());
			progress.worked(1);
		} catch (StoreException | ReportException e) {
			return ImportJob.fail("The report was not written: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return ImportJob.fail("The report " + request.target() + " could not be written; see the log for details.", e);
		}
		int quotes = report.quotes().size();
		String sentence = "Wrote " + request.target() + " (" + request.format() + ", " + request.template().id() + ", "
				+ quotes + (quotes == 1 ? " quote" : " quotes") + request.bundle().map(b -> "; evidence bundle " + b).orElse("")
				+ "; export recorded as record " + record + ")";
		UiThread.later(workbench.getDisplay(), () -> tellStatusLine(sentence));
		return Status.OK_STATUS;
	}

	private void tellStatusLine(String sentence) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPart part = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActivePart();
		IStatusLineManager line = null;
		if (part instanceof IViewPart view) {
			line = view.getViewSite().getActionBars().getStatusLineManager();
		} else if (part instanceof IEditorPart editor) {
			line = editor.getEditorSite().getActionBars().getStatusLineManager();
		}
		if (line != null) {
			line.setMessage(sentence);
		}
	}
}
