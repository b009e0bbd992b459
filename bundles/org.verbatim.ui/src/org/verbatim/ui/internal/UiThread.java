package org.verbatim.ui.internal;

import org.eclipse.swt.widgets.Display;

/** Hands work from a job back to the UI thread. */
public final class UiThread {

	private UiThread() {
	}

	/**
	 * Runs {@code runnable} on {@code display}'s UI thread later, unless the display is gone (the
	 * workbench closed while a job was still reading).
	 */
	public static void later(Display display, Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}
}
