package org.verbatim.ui.tests;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;

/**
 * Ticks on the UI thread every 5 ms and remembers the longest time between two ticks: how long the
 * UI thread was kept from its event loop while something ran.
 */
final class UiHeartbeat implements Runnable {

	private static final int PERIOD_MS = 5;

	private final Display display = Display.getCurrent();
	private final long started = System.nanoTime();
	private long last = started;
	private long longest;
	/** When the longest gap ended, from the start. */
	private long longestEnded;
	private boolean running = true;

	/** Starts ticking (on the UI thread). */
	UiHeartbeat() {
		display.timerExec(PERIOD_MS, this);
	}

	@Override
	public void run() {
		long now = System.nanoTime();
		note(now);
		last = now;
		if (running) {
			display.timerExec(PERIOD_MS, this);
		}
	}

	/**
	 * Stops ticking and returns the longest gap between two ticks, in milliseconds; the time since
	 * the last tick counts as a gap too (work that ended just before the stop had no tick after it).
	 */
	long stop() {
		running = false;
		note(System.nanoTime());
		return longest / 1_000_000;
	}

	private void note(long now) {
		if (now - last > longest) {
			longest = now - last;
			longestEnded = now - started;
		}
	}

	/** When the longest gap ended, in milliseconds from the start: which piece of work it was. */
	long longestEndedAt() {
		return longestEnded / 1_000_000;
	}

	/**
	 * {@code " (load average N)"}: the machine's one-minute load average, to read a figure beside
	 * (other builds on a shared machine stretch every gap).
	 */
	static String loadAverage() {
		return String.format(Locale.ROOT, " (load average %.2f)",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
