package org.verbatim.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The one {@link ProjectReadJob} a view waits for. Starting a read cancels the one before, and
 * only the newest read reaches the view, on the UI thread and while the view's control is there;
 * the view no longer compares what it asked for with what it shows now.
 */
public final class CurrentRead {

	private ProjectReadJob<?> job;
	private boolean done;

	/**
	 * Schedules {@code next} in place of the current read; its outcome goes to {@code delivery} on
	 * {@code control}'s UI thread unless another read was started meanwhile or the control is gone.
	 */
	public <T> void start(ProjectReadJob<T> next, Control control, ProjectReadJob.Delivery<T> delivery) {
		cancel();
		done = false;
		job = next;
		Display display = control.getDisplay();
		next.deliverTo(new ProjectReadJob.Delivery<>() {

			@Override
			public void read(T value) {
				showIfCurrent(next, display, control, () -> delivery.read(value));
			}

			@Override
			public void failed(String sentence) {
				showIfCurrent(next, display, control, () -> delivery.failed(sentence));
			}
		});
		next.schedule();
	}

	/** Runs {@code show} on the UI thread if {@code read} is still the current read and the view is open. */
	private void showIfCurrent(ProjectReadJob<?> read, Display display, Control control, Runnable show) {
		UiThread.later(display, () -> {
			if (job == read && !control.isDisposed()) {
				show.run();
				done = true;
			}
		});
	}

	/** Whether the current read reached the view (or there was nothing to read). */
	public boolean done() {
		return done;
	}

	/** Says that there is nothing to read: the view shows what it has, and is done. */
	public void nothingToRead() {
		cancel();
		done = true;
	}

	/** Cancels the current read; its outcome will not reach the view. */
	public void cancel() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}
}
