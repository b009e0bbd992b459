package org.verbatim.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Groups projects already read anew, off the UI thread, when the explorer's Group by changes; the
 * {@link ExplorerTree} goes to a consumer, called on the job's thread, unless the job was cancelled
 * (Group by changed again, or the projects are read again).
 */
final class ExplorerGroupJob extends Job {

	private final List<ProjectNode> projects;
	private final StatementGrouping grouping;
	private final Consumer<ExplorerTree> whenGrouped;

	ExplorerGroupJob(List<ProjectNode> projects, StatementGrouping grouping, Consumer<ExplorerTree> whenGrouped) {
		super("Grouping statements by " + grouping.label());
		this.projects = List.copyOf(projects);
		this.grouping = grouping;
		this.whenGrouped = whenGrouped;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ExplorerTree tree = ExplorerTree.build(projects, grouping, monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			whenGrouped.accept(tree);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
