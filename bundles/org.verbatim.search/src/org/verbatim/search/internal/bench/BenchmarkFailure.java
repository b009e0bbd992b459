package org.verbatim.search.internal.bench;

/** The benchmark could not go on: a file, the project, an index or a query failed; the message says which. */
public final class BenchmarkFailure extends Exception {

	private static final long serialVersionUID = 1L;

	/** A failure with its message and cause. */
	public BenchmarkFailure(String message, Throwable cause) {
		super(message, cause);
	}

	/** A failure with its message. */
	public BenchmarkFailure(String message) {
		super(message);
	}
}
