package org.verbatim.search.internal.bench;

/** Hears how far the benchmark is, for a progress bar; it may ignore everything. */
public interface BenchProgress {

	/** Ignores everything. */
	BenchProgress SILENT = new BenchProgress() {
		@Override
		public void stage(String description, int total, String unit) {
			// nobody is watching
		}

		@Override
		public void done(int count) {
			// nobody is watching
		}
	};

	/** A stage begins that does {@code total} things ({@code unit}, such as {@code documents}); 0 at the end. */
	void stage(String description, int total, String unit);

	/** {@code count} of the current stage's things are done. */
	void done(int count);
}
