package org.verbatim.ui.internal.history;

import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Runs the analyst's changes through the workbench's operation history, off the UI thread: doing,
 * undoing and redoing each run in a job, one at a time, and a failure is shown as one sentence with
 * the cause behind the dialog's Details button.
 */
public final class ProjectHistory {

	private static final String PLUGIN_ID = "org.verbatim.ui";

	/** Doing, undoing and redoing run one after the other, in the order they were asked for. */
	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private ProjectHistory() {
	}

	/** The workbench's history. */
	public static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	/** The context of the analyst's changes: the workbench's, so Edit > Undo finds them anywhere. */
	public static IUndoContext context() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}

	/**
	 * Does {@code operation} in a job and adds it to the history; {@code done} is called in the job
	 * once it succeeded.
	 */
	public static <T extends IUndoableOperation> Job execute(T operation, Consumer<T> done) {
		operation.addContext(context());
		return schedule("Doing " + operation.getLabel(), monitor -> {
			IStatus status = history().execute(operation, monitor, null);
			if (status.isOK()) {
				done.accept(operation);
			}
			return status;
		});
	}

	/** Undoes the newest change of the history in a job. */
	public static Job undo() {
		return schedule("Undoing", monitor -> history().undo(context(), monitor, null));
	}

	/** Redoes the change undone last, in a job. */
	public static Job redo() {
		return schedule("Redoing", monitor -> history().redo(context(), monitor, null));
	}

	private interface Step {
		IStatus run(IProgressMonitor monitor) throws ExecutionException;
	}

	private static Job schedule(String name, Step step) {
		Job job = new Job(name) {

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					IStatus status = step.run(monitor);
					if (status.getSeverity() == IStatus.ERROR) {
						StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
					}
				} catch (ExecutionException e) {
					// the history wraps the store's one-line reason: show it, the cause under Details
					StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e),
							StatusManager.SHOW | StatusManager.LOG);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
		return job;
	}
}
