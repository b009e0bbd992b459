package org.verbatim.cli.internal;

import org.verbatim.index.RebuildProgress;

/** Shows the progress of an index rebuild as a progress bar on a terminal; reports nothing otherwise. */
final class IndexProgress implements RebuildProgress {

	private final ProgressBar bar;
	private long shown;
	private boolean started;

	private IndexProgress(ProgressBar bar) {
		this.bar = bar;
	}

	/** A progress for this console: a bar when a person watches, else silent. */
	static RebuildProgress on(Console console) {
		return console.terminal() ? new IndexProgress(new ProgressBar(console.err(), System::nanoTime, "statements"))
				: RebuildProgress.NONE;
	}

	@Override
	public void indexed(long done, long total) {
		if (!started) {
			bar.start((int) Math.min(Integer.MAX_VALUE, total));
			started = true;
		}
		while (shown < done) {
			bar.step();
			shown++;
		}
		if (done >= total) {
			bar.finish();
		}
	}
}
