package org.verbatim.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with counts, rate and time left, redrawn in place on a terminal's
 * standard error at most ten times a second. Lines printed meanwhile go through {@link #println}
 * so that the bar never garbles them.
 */
final class ProgressBar {

	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int WIDTH = 24;

	private final PrintStream terminal;
	private final LongSupplier nanoClock;
	private final String unit;
	private int total;
	private int done;
	private long started;
	private long lastDrawn;
	private boolean shown;

	/**
	 * @param terminal  where the bar is drawn (standard error of a terminal)
	 * @param nanoClock a monotonic clock in nanoseconds
	 * @param unit      what is counted, in the plural, such as {@code files}
	 */
	ProgressBar(PrintStream terminal, LongSupplier nanoClock, String unit) {
		this.terminal = terminal;
		this.nanoClock = nanoClock;
		this.unit = unit;
	}

	void start(int totalCount) {
		this.total = totalCount;
		this.started = nanoClock.getAsLong();
		this.lastDrawn = started - REDRAW_NANOS;
	}

	/**
	 * Counts one more done and redraws when the last drawing is old enough. When more is done than
	 * the total said at the start (a feed that grew while it was read), the total grows with it: the
	 * bar never runs past its end.
	 */
	void step() {
		done++;
		boolean end = done == total;
		total = Math.max(total, done);
		long now = nanoClock.getAsLong();
		if (end || now - lastDrawn >= REDRAW_NANOS) {
			lastDrawn = now;
			draw(now);
		}
	}

	/** Prints a line to {@code out} without leaving the bar in the middle of it. */
	void println(PrintStream out, String line) {
		clear();
		out.println(line);
		out.flush();
		if (shown) {
			draw(nanoClock.getAsLong());
		}
	}

	/** Removes the bar, leaving the cursor at the start of an empty line. */
	void finish() {
		clear();
		shown = false;
	}

	private void clear() {
		if (shown) {
			terminal.print("\r\033[K");
			terminal.flush();
		}
	}

	private void draw(long now) {
		terminal.print("\r\033[K" + line(now));
		terminal.flush();
		shown = true;
	}

	/** The bar's text at {@code now}. */
	String line(long now) {
		double seconds = Math.max(1e-9, (now - started) / 1e9);
		double rate = done / seconds;
		int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
		String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
		String left = rate > 0 && done < total ? "  " + clock(Duration.ofSeconds((long) Math.ceil((total - done) / rate))) + " left" : "";
		return String.format(Locale.ROOT, "[%s] %,d/%,d %s  %.0f %s/s%s", bar, done, total, unit, rate, unit, left);
	}

	private static String clock(Duration d) {
		long s = d.getSeconds();
		return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}
}
