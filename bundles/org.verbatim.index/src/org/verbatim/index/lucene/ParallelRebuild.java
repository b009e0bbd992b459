package org.verbatim.index.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.RebuildProgress;

/**
 * Adds every statement of a project to an emptied index on several threads. The calling thread
 * reads the store (a project is read by one thread) and hands pages of statements with their
 * metadata to indexing threads, each with its own {@link StatementDocuments}; the writer takes
 * documents from several threads at once, each into a segment of its own. Turning text into index
 * terms is nearly all of a rebuild's work, so it grows with the threads up to the processors.
 */
final class ParallelRebuild {

	/** Pages waiting for an indexing thread, at most (the reader does not run far ahead). */
	private static final int PAGES_WAITING = 4;

	/** How long the reader waits for room before it looks for a failed indexing thread again. */
	private static final long OFFER_WAIT_MS = 100;

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final IndexWriter writer;

	private final FacetsConfig facets;

	private final int threads;

	/** A page of statements and their metadata, read together. */
	private record Page(List<Statement> statements, List<StatementMetadata> metadata, List<List<String>> tags) {

		/** Tells an indexing thread that there is nothing more. */
		static final Page END = new Page(List.of(), List.of(), List.of());
	}

	ParallelRebuild(IndexWriter writer, FacetsConfig facets, int threads) {
		this.writer = writer;
		this.facets = facets;
		this.threads = threads;
	}

	/**
	 * Adds all statements of {@code project}, {@code total} of them as far as is known, with the tags
	 * of those that have any.
	 */
	void run(Project project, Map<StatementId, List<String>> tagged, RebuildProgress progress, long total)
			throws StoreException, IOException {
		BlockingQueue<Page> pages = new ArrayBlockingQueue<>(PAGES_WAITING);
		AtomicLong done = new AtomicLong();
		int pool = POOLS.incrementAndGet();
		AtomicInteger named = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "verbatim-index-rebuild-" + pool + "-" + named.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> indexers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				indexers.add(executor.submit(() -> {
					index(pages, done);
					return null;
				}));
			}
			long reported = 0;
			Optional<StatementId> after = Optional.empty();
			List<Statement> statements;
			while (!(statements = project.statementsAfter(after, LuceneProjectIndex.PAGE)).isEmpty()) {
				List<StatementMetadata> metadata = new ArrayList<>(statements.size());
				List<List<String>> tags = new ArrayList<>(statements.size());
				for (Statement statement : statements) {
					metadata.add(project.metadata(statement.id()));
					tags.add(tagged.getOrDefault(statement.id(), List.of()));
				}
				hand(pages, new Page(statements, metadata, tags), indexers);
				long indexed = done.get();
				if (indexed > reported) {
					progress.indexed(indexed, Math.max(total, indexed));
					reported = indexed;
				}
				after = Optional.of(statements.get(statements.size() - 1).id());
			}
			for (int i = 0; i < threads; i++) {
				hand(pages, Page.END, indexers);
			}
			for (Future<?> indexer : indexers) {
				waitFor(indexer);
			}
			long indexed = done.get();
			if (indexed > reported) {
				progress.indexed(indexed, Math.max(total, indexed));
			}
		} finally {
			// on failure the queue is left as it is: the indexing threads are interrupted
			executor.shutdownNow();
		}
	}

	private void index(BlockingQueue<Page> pages, AtomicLong done) throws IOException, InterruptedException {
		StatementDocuments documents = new StatementDocuments(facets);
		Page page;
		while ((page = pages.take()) != Page.END) {
			for (int i = 0; i < page.statements().size(); i++) {
				writer.addDocument(documents.of(page.statements().get(i), page.metadata().get(i), page.tags().get(i)));
			}
			done.addAndGet(page.statements().size());
		}
	}

	/** Queues a page, or throws what an indexing thread failed with. */
	private static void hand(BlockingQueue<Page> pages, Page page, List<Future<?>> indexers) throws IOException {
		try {
			while (!pages.offer(page, OFFER_WAIT_MS, TimeUnit.MILLISECONDS)) {
				for (Future<?> indexer : indexers) {
					if (indexer.isDone()) {
						waitFor(indexer);
						// one ended without failing before the end: it cannot, so say so
						throw new IOException("an indexing thread stopped before the end of the rebuild");
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("the rebuild was interrupted");
		}
	}

	private static void waitFor(Future<?> indexer) throws IOException {
		try {
			indexer.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("the rebuild was interrupted");
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause.getMessage(), cause);
		}
	}
}
