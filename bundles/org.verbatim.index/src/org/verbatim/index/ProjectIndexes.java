package org.verbatim.index;

import org.verbatim.core.store.Project;

/**
 * The open indexes of the application, one per project folder, shared by whoever indexes and
 * whoever searches (a folder's index can have one writer only). An OSGi service.
 */
public interface ProjectIndexes {

	/**
	 * The project's index, opened and brought up to date with the store when it was not open yet
	 * (a missing, stale or damaged index is rebuilt, reporting to {@code progress}).
	 */
	ProjectIndex indexOf(Project project, RebuildProgress progress) throws IndexException;

	/**
	 * Opens the project's index when it is not open yet, and says what that took.
	 *
	 * @return {@link ProjectIndex.Freshness#CURRENT} when it was open already or needed nothing
	 */
	ProjectIndex.Freshness open(Project project, RebuildProgress progress) throws IndexException;

	/** Rebuilds the project's index from the store, open or not, whatever state it is in. */
	void rebuild(Project project, RebuildProgress progress) throws IndexException;

	/** Commits and closes the project's index if it is open. */
	void release(Project project);
}
