package org.verbatim.ui.internal.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.verbatim.core.AnalystChange;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * An analyst's change to one project as an undoable operation. Doing it records one or more
 * changes in the project (an excerpt, its tags); undoing it asks the project to take back exactly
 * those changes, newest first, and refuses with one sentence when a later change (made in another
 * window or on the command line) stands in the way, because the store only takes back its newest
 * change. Redoing makes the change again, as a new change of the log.
 */
public abstract class ProjectOperation extends AbstractOperation {

	private final ProjectStore store;
	private final Path projectDirectory;
	/** The records of the changes the last doing made, oldest first. */
	private final List<Long> made = new ArrayList<>();

	/**
	 * An operation on the project in {@code projectDirectory}.
	 *
	 * @param label what the Edit menu says after Undo and Redo, such as {@code Make Excerpt}
	 */
	protected ProjectOperation(String label, ProjectStore store, Path projectDirectory) {
		super(label);
		this.store = store;
		this.projectDirectory = projectDirectory;
	}

	/** The project the operation changes. */
	public Path projectDirectory() {
		return projectDirectory;
	}

	/**
	 * Makes the change in {@code project} and returns the changes it recorded, in order.
	 *
	 * @throws StoreException with a one-line reason when the change cannot be made
	 */
	protected abstract List<AnalystChange> perform(Project project) throws StoreException;

	/** One sentence saying what failed, such as {@code The excerpt of S1 could not be made}. */
	protected abstract String failure();

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try (Project project = store.open(projectDirectory)) {
			made.clear();
			perform(project).forEach(change -> made.add(change.record()));
			return Status.OK_STATUS;
		} catch (StoreException e) {
			throw new ExecutionException(failure() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try (Project project = store.open(projectDirectory)) {
			for (int i = made.size() - 1; i >= 0; i--) {
				long record = made.get(i);
				Optional<AnalystChange> newest = project.newestStanding();
				if (newest.isEmpty() || newest.get().record() != record) {
					throw new ExecutionException("\"" + getLabel() + "\" cannot be undone: "
							+ newest.map(change -> "a later change (" + change.change() + " " + change.target() + ": "
									+ change.description() + ") must be undone first.")
									.orElse("it was undone already, elsewhere."));
				}
				project.undoLast();
				made.remove(i);
			}
			return Status.OK_STATUS;
		} catch (StoreException e) {
			throw new ExecutionException("\"" + getLabel() + "\" could not be undone: " + e.getMessage(), e);
		}
	}
}
