package org.verbatim.search;

import java.util.Map;

import org.verbatim.core.store.Project;
import org.verbatim.index.RebuildProgress;

/**
 * Full-text search over a project's statements. An OSGi service; the project's index is opened
 * once per project folder and kept (a missing, stale or damaged index is rebuilt from the store
 * first, never a failure).
 */
public interface SearchService {

	/**
	 * Runs a search.
	 *
	 * @throws SearchException with a one-line message for a bad, too large or too slow query, or an
	 *                         index that cannot be used
	 */
	SearchResult search(Project project, SearchRequest request) throws SearchException;

	/**
	 * Opens the project's index, bringing it up to date first (rebuilding it when missing, stale or
	 * damaged), and says what had to be done: call it before the first search when a person should
	 * see the progress of a rebuild.
	 *
	 * @return a sentence for the analyst when the index had to be rebuilt or caught up, else empty
	 */
	java.util.Optional<String> prepare(Project project, RebuildProgress progress) throws SearchException;

	/** Rebuilds the project's index from the store, whatever state it is in. */
	void reindex(Project project, RebuildProgress progress) throws SearchException;

	/**
	 * Checks the query and saves it in the project under {@code name} (replacing one of that name).
	 *
	 * @throws SearchException when the query is bad (nothing is saved) or the project cannot be written
	 */
	void saveSearch(Project project, String name, String query) throws SearchException;

	/** The project's saved searches, name to query, by name. */
	Map<String, String> savedSearches(Project project) throws SearchException;
}
