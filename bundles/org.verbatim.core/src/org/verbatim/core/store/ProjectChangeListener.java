package org.verbatim.core.store;

import java.util.Collection;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;

/**
 * Told by the project store, after each committed change, which statements changed, so that derived
 * data (the search index) can follow without the store or the importers knowing who keeps it.
 * Register an implementation as an OSGi service (whiteboard). Listeners are called on the thread
 * that made the change, after the transaction committed; a listener that fails is logged and the
 * change stands, because everything a listener keeps must be rebuildable from the store.
 */
public interface ProjectChangeListener {

	/** These statements were added to the project. */
	void statementsAdded(Project project, Collection<StatementId> ids);

	/** These statements' text, metadata or tags changed. */
	default void statementsChanged(Project project, Collection<StatementId> ids) {
		statementsAdded(project, ids);
	}

	/** These excerpts were made, withdrawn or (un)tagged. */
	default void excerptsChanged(Project project, Collection<ExcerptId> ids) {
		// nothing kept by default
	}

	/** These statements were removed from the project. */
	default void statementsRemoved(Project project, Collection<StatementId> ids) {
		// nothing kept by default
	}

	/** The project is about to be closed: the last moment to save what the listener holds for it. */
	default void projectClosing(Project project) {
		// nothing kept by default
	}
}
