package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Waits on the UI thread for something the workbench does asynchronously, processing UI events. */
final class UiWait {

	private UiWait() {
	}

	/**
	 * Processes UI events until {@code probe} returns a non-null value, and returns it; fails the
	 * test after {@code timeout}, saying what was awaited and what was last seen.
	 */
	static <T> T until(String what, Duration timeout, Supplier<T> probe, Supplier<String> lastSeen) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				fail("Waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + lastSeen.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what);
				}
			}
		}
	}
}
