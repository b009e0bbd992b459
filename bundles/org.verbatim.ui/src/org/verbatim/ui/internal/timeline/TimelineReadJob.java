package org.verbatim.ui.internal.timeline;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.ProjectReadJob;
import org.verbatim.ui.internal.StatementNode;

/**
 * Reads the store's listing of a project's statements (dates and events, no texts) for the
 * Timeline, off the UI thread.
 */
final class TimelineReadJob extends ProjectReadJob<TimelineReadJob.Read> {

	/** What the Timeline shows: the project's name and its statements, in id order. */
	record Read(String projectName, List<StatementNode> statements) {
	}

	TimelineReadJob(ProjectStore store, Path directory) {
		super("Reading the timeline of " + directory.getFileName(), store, directory);
	}

	@Override
	protected Read read(Project project, IProgressMonitor monitor) throws StoreException {
		return new Read(project.name(),
				project.summaries().stream().map(s -> new StatementNode(directory, s)).toList());
	}

	@Override
	protected String failure(RuntimeException e) {
		return "The timeline of " + directory + " could not be read; see the log for details.";
	}
}
