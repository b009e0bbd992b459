package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * Reads what a view shows of one project, off the UI thread: calls {@link #read} and hands the value, or one sentence saying why there is none, to the
 * {@link Delivery} a {@link CurrentRead} gave it. A store failure is its own sentence (logged as a
 * warning); anything else is logged as an error and said as {@link #failure}.
 *
 * @param <T> what is read
 */
public abstract class ProjectReadJob<T> extends Job {

	/** What a view does with a read; called on the UI thread, and only for the view's current read. */
	public interface Delivery<T> {

		/** The value was read. */
		void read(T value);

		/** There is nothing to show, for the reason given in one sentence. */
		void failed(String sentence);
	}

	/** Thrown by {@link #read} when there is nothing to show and that is no failure (nothing is logged). */
	protected static final class NothingToShow extends Exception {

		private static final long serialVersionUID = 1L;

		/** @param sentence why, in one sentence the view shows */
		public NothingToShow(String sentence) {
			super(sentence);
		}
	}

	/** The store the project is read from. */
	protected final ProjectStore store;

	/** The folder of the project read. */
	protected final Path directory;

	private Delivery<T> delivery;

	protected ProjectReadJob(String name, ProjectStore store, Path directory) {
		super(name);
		this.store = Objects.requireNonNull(store, "store");
		this.directory = Objects.requireNonNull(directory, "directory");
		setSystem(true);
	}

	/**
	 * Reads what the view shows, off the UI thread; may stop with {@link OperationCanceledException}
	 * when the monitor is cancelled. {@link OpenedProjectReadJob} reads from the opened project; a job
	 * that reads through something shared (the {@link ProjectListings}) implements this itself.
	 */
	protected abstract T read(IProgressMonitor monitor) throws StoreException, NothingToShow;

	/** The sentence shown when {@link #read} failed unexpectedly with {@code e} (logged with it). */
	protected abstract String failure(RuntimeException e);

	/** Where the outcome goes; set by {@link CurrentRead} before the job is scheduled. */
	void deliverTo(Delivery<T> to) {
		this.delivery = to;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Delivery<T> to = Objects.requireNonNull(delivery, "delivery");
		try {
			T value = read(monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			to.read(value);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (NothingToShow e) {
			to.failed(e.getMessage());
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			to.failed(e.getMessage());
		} catch (RuntimeException e) {
			String sentence = failure(e);
			ILog.of(getClass()).error(sentence, e);
			to.failed(sentence);
		}
		return Status.OK_STATUS;
	}
}
