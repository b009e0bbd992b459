package org.verbatim.index.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.index.IndexException;
import org.verbatim.index.ProjectIndex;
import org.verbatim.index.ProjectIndexes;
import org.verbatim.index.RebuildProgress;

/**
 * The application's open indexes, one per project folder, kept in step with the store: told of each
 * statement, excerpt and tag the store commits, it indexes it at once (near-real-time; committed when the project
 * closes). A failure here never fails the store's change: the index is caught up or rebuilt at its
 * next open, and the log says why.
 */
@Component(service = { ProjectIndexes.class, ProjectChangeListener.class })
public class OpenProjectIndexes implements ProjectIndexes, ProjectChangeListener {

	private static final System.Logger LOG = System.getLogger(OpenProjectIndexes.class.getName());

	private final Map<Path, ProjectIndex> open = new HashMap<>();

	/**
	 * Folders whose index could not be opened while following changes (typically held by another
	 * Verbatim): warned about once, not once per statement, until the project is released.
	 */
	private final Set<Path> unavailable = new HashSet<>();

	@Override
	public synchronized ProjectIndex indexOf(Project project, RebuildProgress progress) throws IndexException {
		open(project, progress);
		return open.get(folderOf(project));
	}

	@Override
	public synchronized ProjectIndex.Freshness open(Project project, RebuildProgress progress) throws IndexException {
		Path folder = folderOf(project);
		if (open.containsKey(folder)) {
			return ProjectIndex.Freshness.CURRENT;
		}
		ProjectIndex index = ProjectIndex.open(folder);
		try {
			ProjectIndex.Freshness freshness = index.bringUpToDate(project, progress);
			open.put(folder, index);
			// up to date now, so it can follow changes again
			unavailable.remove(folder);
			return freshness;
		} catch (IndexException | RuntimeException e) {
			closeQuietly(index);
			throw e;
		}
	}

	@Override
	public synchronized void rebuild(Project project, RebuildProgress progress) throws IndexException {
		Path folder = folderOf(project);
		ProjectIndex index = open.get(folder);
		if (index == null) {
			index = ProjectIndex.open(folder);
			open.put(folder, index);
		}
		index.rebuild(project, progress);
	}

	private static Path folderOf(Project project) {
		return project.indexDirectory().toAbsolutePath().normalize();
	}

	@Override
	public synchronized void release(Project project) {
		unavailable.remove(folderOf(project));
		ProjectIndex index = open.remove(folderOf(project));
		if (index != null) {
			try {
				index.commit(project);
			} catch (IndexException e) {
				LOG.log(Level.WARNING, e.getMessage(), e);
			} finally {
				closeQuietly(index);
			}
		}
	}

	@Override
	public void statementsAdded(Project project, Collection<StatementId> ids) {
		follow(project, index -> index.add(project, ids));
	}

	@Override
	public void statementsChanged(Project project, Collection<StatementId> ids) {
		follow(project, ids);
	}

	@Override
	public void excerptsChanged(Project project, Collection<ExcerptId> ids) {
		follow(project, index -> index.updateExcerpts(project, ids));
	}

	@Override
	public void statementsRemoved(Project project, Collection<StatementId> ids) {
		follow(project, ids);
	}

	@Override
	public void projectClosing(Project project) {
		release(project);
	}

	private void follow(Project project, Collection<StatementId> ids) {
		follow(project, index -> index.update(project, ids));
	}

	/** One way of making an open index follow a change. */
	@FunctionalInterface
	private interface Change {
		void apply(ProjectIndex index) throws IndexException;
	}

	private synchronized void follow(Project project, Change change) {
		Path folder = folderOf(project);
		if (unavailable.contains(folder)) {
			return;
		}
		ProjectIndex index = open.get(folder);
		try {
			if (index == null) {
				// opening brings the index up to date, which includes this change
				indexOf(project, RebuildProgress.NONE);
			} else {
				change.apply(index);
			}
		} catch (IndexException e) {
			unavailable.add(folder);
			if (index != null) {
				// closed without a commit: a commit now would record the store's provenance head as
				// indexed, and the change missed here would never be caught up
				open.remove(folder);
				closeQuietly(index);
			}
			LOG.log(Level.WARNING, e.getMessage() + "; it will be brought up to date when next opened", e);
		}
	}

	/** Closes every open index without committing (what is not committed is caught up at the next open). */
	@Deactivate
	public synchronized void closeAll() {
		for (ProjectIndex index : open.values()) {
			closeQuietly(index);
		}
		open.clear();
	}

	private static void closeQuietly(ProjectIndex index) {
		try {
			index.close();
		} catch (IndexException e) {
			LOG.log(Level.WARNING, e.getMessage(), e);
		}
	}
}
