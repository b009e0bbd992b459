package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * Reads the projects of the explorer (name and the store's listing of the statements, no texts,
 * through the {@link ProjectListings} it shares with the Timeline) off the UI thread, groups them into the {@link ExplorerTree} the explorer shows, and hands that to a
 * consumer, which is called on the job's thread. A project that cannot be read becomes a node
 * carrying the store's one-sentence reason; the details go to the log.
 */
final class ProjectLoadJob extends Job {

	private final ProjectStore store;
	private final ProjectListings listings;
	private final Map<Path, Long> changesTold;
	private final List<Path> directories;
	private final StatementGrouping grouping;
	private final Consumer<ExplorerTree> whenRead;

	/**
	 * @param changesTold when the store told the explorer of the newest change of each project it heard
	 *                    of ({@link System#nanoTime()}): a listing read before then is read again
	 */
	ProjectLoadJob(ProjectStore store, ProjectListings listings, Map<Path, Long> changesTold, List<Path> directories,
			StatementGrouping grouping, Consumer<ExplorerTree> whenRead) {
		super("Reading Verbatim projects");
		this.store = store;
		this.listings = listings;
		this.changesTold = Map.copyOf(changesTold);
		this.directories = List.copyOf(directories);
		this.grouping = grouping;
		this.whenRead = whenRead;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, directories.size() + 1);
		List<ProjectNode> nodes = new ArrayList<>();
		for (Path directory : directories) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(directory.toString());
			try {
				nodes.add(read(directory, progress));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			progress.worked(1);
		}
		progress.subTask("Grouping the statements");
		try {
			whenRead.accept(ExplorerTree.build(nodes, grouping, progress.split(1)));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	private ProjectNode read(Path directory, IProgressMonitor monitor) {
		try {
			// metadata values, tags and retrievals for the explorer's groups and the Properties view
			ProjectListings.Listing listing = listings.read(store, directory,
					changesTold.containsKey(directory) ? OptionalLong.of(changesTold.get(directory)) : OptionalLong.empty(),
					monitor);
			return new ProjectNode(directory, listing.name(), listing.statements(), Optional.empty());
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			return ProjectNode.unreadable(directory, e.getMessage());
		} catch (RuntimeException e) {
			String sentence = "The project in " + directory + " could not be read; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			return ProjectNode.unreadable(directory, sentence);
		}
	}
}
