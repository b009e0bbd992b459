package org.verbatim.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Import… &gt; Verbatim &gt; Statements: files, folders and web pages into a project.
 * Finishing closes the wizard at once; the import runs as an {@link ImportJob}.
 */
public final class ImportStatementsWizard extends Wizard implements IImportWizard {

	/** The wizard's id in the org.eclipse.ui.importWizards extension. */
	public static final String ID = "org.verbatim.ui.wizards.importStatements";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportSourcesPage page;
	private ImportJob job;

	/** The wizard the workbench makes from its extension. */
	public ImportStatementsWizard() {
		setWindowTitle("Import Statements");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new ImportSourcesPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		job = new ImportJob(workbench, page.request());
		job.schedule();
		return true;
	}

	/** The job that finishing started; null before. */
	public ImportJob job() {
		return job;
	}
}
