package org.verbatim.index;

import java.nio.file.Path;
import java.util.Collection;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.index.lucene.LuceneProjectIndex;

/**
 * The search index of one project: a Lucene index in the project's {@code index/} folder, kept by
 * one writer while open. It is derived data: everything in it can be rebuilt from the store.
 */
public interface ProjectIndex extends AutoCloseable {

	/** How an index was found when it was brought up to date with its project. */
	enum Freshness {
		/** It reflected the store already. */
		CURRENT,
		/** It lacked the newest statements; they were added. */
		CAUGHT_UP,
		/** It was missing, of an older layout, damaged or inconsistent, and was rebuilt. */
		REBUILT
	}

	/**
	 * Opens the index in {@code directory}, creating it when missing. A damaged index (unreadable
	 * files) is thrown away and recreated empty; {@link #bringUpToDate} then fills it.
	 *
	 * @throws IndexException when the folder cannot be written or another process holds the index
	 */
	static ProjectIndex open(Path directory) throws IndexException {
		return LuceneProjectIndex.open(directory);
	}

	/**
	 * Compares what the index's last commit says it reflects with the store and does the least
	 * work that makes them agree: nothing; re-reading the statements and excerpts named by the
	 * provenance records written since (or, for a project without a log, adding the statements
	 * added since); or a rebuild when the log cannot be read.
	 */
	Freshness bringUpToDate(Project project, RebuildProgress progress) throws IndexException;

	/** Replaces everything in the index with the project's statements and excerpts, and commits. */
	void rebuild(Project project, RebuildProgress progress) throws IndexException;

	/**
	 * Makes the index agree with the store for these statements (their text, metadata and tags, and
	 * the metadata copied into their excerpts): one still in the project is (re)indexed, one no
	 * longer in it is removed. Visible to searches at once, saved by the next {@link #commit}.
	 */
	void update(Project project, Collection<StatementId> ids) throws IndexException;

	/**
	 * Indexes statements just added to the project: as {@link #update}, without looking for tags or
	 * excerpts, which a statement cannot have before it is added (the path an import takes for each
	 * statement).
	 */
	void add(Project project, Collection<StatementId> ids) throws IndexException;

	/**
	 * Makes the index agree with the store for these excerpts: one that exists and is not withdrawn
	 * is (re)indexed with its tags, any other is removed. Visible at once, saved by the next commit.
	 */
	void updateExcerpts(Project project, Collection<ExcerptId> ids) throws IndexException;

	/** Saves what was indexed, recording which state of the store it reflects. */
	void commit(Project project) throws IndexException;

	/** How many statements the index holds (including changes not yet committed). */
	long statementCount() throws IndexException;

	/** How many excerpts the index holds (including changes not yet committed). */
	long excerptCount() throws IndexException;

	/** The folder the index is in. */
	Path directory();

	/** Closes the writer without committing: uncommitted changes are caught up at the next open. */
	@Override
	void close() throws IndexException;
}
