package org.verbatim.index;

/** Told how far a rebuild of an index has come, so that a person can watch it. */
@FunctionalInterface
public interface RebuildProgress {

	/** Reports nothing. */
	RebuildProgress NONE = (done, total) -> {
		// nobody watches
	};

	/**
	 * {@code done} statements of {@code total} are in the index.
	 *
	 * @param done  statements indexed so far
	 * @param total statements to index
	 */
	void indexed(long done, long total);
}
