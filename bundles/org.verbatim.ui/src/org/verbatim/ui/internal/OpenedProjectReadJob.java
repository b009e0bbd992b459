package org.verbatim.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * A {@link ProjectReadJob} that opens the project, reads what the view shows from it and closes it.
 *
 * @param <T> what is read
 */
public abstract class OpenedProjectReadJob<T> extends ProjectReadJob<T> {

	protected OpenedProjectReadJob(String name, ProjectStore store, Path directory) {
		super(name, store, directory);
	}

	/**
	 * Reads what the view shows from the open project; may stop with
	 * {@link OperationCanceledException} when the monitor is cancelled.
	 */
	protected abstract T read(Project project, IProgressMonitor monitor) throws StoreException, NothingToShow;

	@Override
	protected final T read(IProgressMonitor monitor) throws StoreException, NothingToShow {
		try (Project project = store.open(directory)) {
			return read(project, monitor);
		}
	}
}
