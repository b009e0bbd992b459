package org.verbatim.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;

/**
 * Reports an import to an Eclipse Job's progress monitor: one unit of work per file, the file in
 * hand as the sub-task, and the Job's cancel button stopping the import between files (what was
 * imported stays; importing again finishes the rest).
 */
public final class JobImportListener implements ImportListener {

	private final SubMonitor progress;

	/** Reports to {@code monitor}, which this listener then owns until the import ends. */
	public JobImportListener(IProgressMonitor monitor, String taskName) {
		this.progress = SubMonitor.convert(monitor, taskName, 1);
	}

	@Override
	public void planned(int files) {
		progress.setWorkRemaining(files);
	}

	@Override
	public void fileDone(FileOutcome outcome) {
		progress.subTask(outcome.source());
		progress.worked(1);
	}

	@Override
	public boolean cancelRequested() {
		return progress.isCanceled();
	}
}
