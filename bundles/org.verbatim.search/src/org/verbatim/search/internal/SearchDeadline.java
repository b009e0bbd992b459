package org.verbatim.search.internal;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on the current thread. One object serves every search (the
 * index keeps one time-limited reader per near-real-time reader, made with it); each thread sets its
 * own deadline when its search starts and clears it when it ends, so a thread with no search running
 * is never stopped.
 */
final class SearchDeadline implements QueryTimeout {

	/** The one deadline every search uses. */
	static final SearchDeadline SEARCHES = new SearchDeadline();

	private final ThreadLocal<long[]> deadline = ThreadLocal.withInitial(() -> new long[] { 0L, 0L });

	private SearchDeadline() {
	}

	/** Starts the clock for this thread's search: it has {@code millis} milliseconds. */
	void start(long millis) {
		long[] d = deadline.get();
		d[0] = System.nanoTime() + millis * 1_000_000L;
		d[1] = 1L;
	}

	/** Ends this thread's search: nothing it reads later is stopped. */
	void clear() {
		deadline.get()[1] = 0L;
	}

	@Override
	public boolean shouldExit() {
		long[] d = deadline.get();
		return d[1] != 0L && System.nanoTime() - d[0] > 0;
	}

	/** Thrown by a walk through the index's words that the deadline stopped. */
	static final class Exceeded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Exceeded() {
			super("the search's time limit passed", null, false, false);
		}
	}
}
