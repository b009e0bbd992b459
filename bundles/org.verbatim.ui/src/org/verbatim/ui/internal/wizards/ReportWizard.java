package org.verbatim.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.verbatim.report.ReportService;

/**
 * File &gt; Export… &gt; Verbatim &gt; Report (and Excerpts &gt; Report…): the excerpts to quote,
 * title, template, format and file, and a preview. Finishing closes the wizard at once; the report
 * is written by a {@link ReportExportJob}.
 */
public final class ReportWizard extends Wizard implements IExportWizard {

	/** The wizard's id in the org.eclipse.ui.exportWizards extension. */
	public static final String ID = "org.verbatim.ui.wizards.report";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ReportService reports;
	private ReportExcerptsPage excerpts;
	private ReportFormatPage format;
	private ReportExportJob job;

	/** The wizard the workbench makes from its extension. */
	public ReportWizard() {
		setWindowTitle("Report");
		setDialogSettings(WizardSettings.section("ReportWizard"));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		this.reports = workbench.getService(ReportService.class);
	}

	@Override
	public void addPages() {
		if (reports == null) {
			// without the report bundle there is nothing to offer; the page says so
			reports = new ReportService();
		}
		excerpts = new ReportExcerptsPage(workbench, selection);
		format = new ReportFormatPage(reports, getDialogSettings(), excerpts::projectName);
		addPage(excerpts);
		addPage(format);
		addPage(new ReportPreviewPage(workbench, reports, this::request));
	}

	private ReportRequest request() {
		return format.request(excerpts.projectDirectory().orElseThrow(), excerpts.chosen());
	}

	@Override
	public boolean canFinish() {
		// the format page fills in the file name when first shown
		return excerpts.isPageComplete() && format.getControl() != null && format.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		format.remember();
		job = new ReportExportJob(workbench, reports, request());
		job.schedule();
		return true;
	}

	/** The job that finishing started; null before. */
	public ReportExportJob job() {
		return job;
	}
}
