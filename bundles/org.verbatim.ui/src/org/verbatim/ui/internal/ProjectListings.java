package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Component;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * The store's listing of every project a view shows (its name and its statements' summaries, no
 * texts), read once and shared by the Project Explorer and the Timeline: reading 100,000 statements
 * takes seconds and hundreds of megabytes, so two views must not each read and hold their own. A
 * request while a read of that project runs waits for that read instead of starting a second. A
 * listing is dropped as soon as the store tells of a change to the project's statements (this
 * component is a {@link ProjectChangeListener} itself, called on the changing thread), and
 * {@link #keepOnly} drops those of closed projects; a view that heard of a change through
 * {@code ProjectChanges} (perhaps before this component did) asks for a listing read after it.
 * Excerpt changes keep the listing: it holds no excerpts.
 */
@Component(service = { ProjectListings.class, ProjectChangeListener.class })
public final class ProjectListings implements ProjectChangeListener {

	/**
	 * One project as the store listed it.
	 *
	 * @param name        the project's name
	 * @param statements  its statements in id order
	 * @param readStarted when the store was asked for it ({@link System#nanoTime()}): it shows every
	 *                    change the store told of before then
	 */
	public record Listing(String name, List<StatementNode> statements, long readStarted) {

		public Listing {
			Objects.requireNonNull(name, "name");
			// a list without nulls, so that ProjectNode's copy of it is the same list, not a second one
			statements = List.copyOf(statements);
		}
	}

	/** A read of one project, running or done. */
	private record Entry(CompletableFuture<Listing> listing, long started) {
	}

	/** Guarded by {@code this}. */
	private final Map<Path, Entry> entries = new HashMap<>();
	private final AtomicInteger storeReads = new AtomicInteger();

	/**
	 * The listing of the project in {@code directory}: the one kept, the one being read (waited for),
	 * or a new read on the calling thread, which must not be the UI thread.
	 *
	 * @throws OperationCanceledException when {@code monitor} is cancelled while waiting
	 * @throws StoreException             when the project cannot be opened or read
	 */
	public Listing read(ProjectStore store, Path directory, IProgressMonitor monitor) throws StoreException {
		return read(store, directory, OptionalLong.empty(), monitor);
	}

	/**
	 * As {@link #read(ProjectStore, Path, IProgressMonitor)}, but a listing whose read started before
	 * {@code changeTold} ({@link System#nanoTime()}, when the store told the caller of a change) is
	 * read again.
	 */
	public Listing read(ProjectStore store, Path directory, OptionalLong changeTold, IProgressMonitor monitor)
			throws StoreException {
		Path dir = directory.toAbsolutePath().normalize();
		Entry entry;
		boolean reads;
		synchronized (this) {
			entry = entries.get(dir);
			reads = entry == null || changeTold.isPresent() && entry.started() - changeTold.getAsLong() < 0;
			if (reads) {
				entry = new Entry(new CompletableFuture<>(), System.nanoTime());
				entries.put(dir, entry);
			}
		}
		if (reads) {
			// the read is shared: it runs to its end even if the job that started it is cancelled
			try (Project project = store.open(dir)) {
				storeReads.incrementAndGet();
				List<StatementNode> nodes = project.summaries().stream().map(s -> new StatementNode(dir, s)).toList();
				entry.listing().complete(new Listing(project.name(), nodes, entry.started()));
			} catch (StoreException | RuntimeException e) {
				forget(dir, entry);
				entry.listing().completeExceptionally(e);
				throw e;
			}
		}
		return await(entry, monitor);
	}

	private static Listing await(Entry entry, IProgressMonitor monitor) throws StoreException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				return entry.listing().get(50, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// look at the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				if (e.getCause() instanceof StoreException store) {
					throw store;
				}
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(e.getCause());
			}
		}
	}

	private synchronized void forget(Path directory, Entry entry) {
		entries.remove(directory, entry);
	}

	/** Drops the listings of every project but those in {@code open} (the project list's). */
	public synchronized void keepOnly(Collection<Path> open) {
		Set<Path> kept = new HashSet<>();
		open.forEach(p -> kept.add(p.toAbsolutePath().normalize()));
		entries.keySet().retainAll(kept);
	}

	/** Drops the listing of the project in {@code directory}, so that the next request reads it again. */
	public synchronized void drop(Path directory) {
		entries.remove(directory.toAbsolutePath().normalize());
	}

	/** How many times a project was read from the store, for tests. */
	public int storeReads() {
		return storeReads.get();
	}

	@Override
	public void statementsAdded(Project project, Collection<StatementId> ids) {
		drop(project.directory());
	}

	@Override
	public void statementsChanged(Project project, Collection<StatementId> ids) {
		drop(project.directory());
	}

	@Override
	public void statementsRemoved(Project project, Collection<StatementId> ids) {
		drop(project.directory());
	}

	@Override
	public void excerptsChanged(Project project, Collection<ExcerptId> ids) {
		// a listing holds no excerpts
	}
}
