package org.verbatim.index.lucene;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.verbatim.core.IoFailures;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.IndexException;
import org.verbatim.index.ProjectIndex;
import org.verbatim.index.RebuildProgress;

/**
 * A project's Lucene index with its one writer and a near-real-time searcher. Each commit records
 * in its user data the index layout and the store state it reflects (the last statement id and the
 * number of statements), which is how a stale index is recognised at the next open.
 */
public final class LuceneProjectIndex implements ProjectIndex {

	private static final System.Logger LOG = System.getLogger(LuceneProjectIndex.class.getName());

	/** Commit user data: the {@link IndexFields#LAYOUT_VERSION} the index was written with. */
	public static final String LAYOUT_KEY = "verbatim.layout";
	/** Commit user data: the newest statement id the index holds every statement up to. */
	public static final String LAST_ID_KEY = "verbatim.store.lastStatementId";
	/** Commit user data: how many statements the index held. */
	public static final String COUNT_KEY = "verbatim.store.statementCount";

	/** Statements read from the store per page during a rebuild. */
	static final int PAGE = 500;

	/** How far back {@link #commit} looks for the newest statement the index holds. */
	private static final int MAX_MISSED = 1000;

	/** Indexing buffer: large, so that a rebuild flushes few, big segments. */
	private static final double RAM_BUFFER_MB = 256;

	private final Path path;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final FacetsConfig facets = StatementDocuments.facetsConfig();
	// the methods that index are synchronized: one thread at a time uses it
	private final StatementDocuments documents = new StatementDocuments(facets);
	private final Map<String, String> lastCommit;
	private SortedSetDocValuesReaderState facetState;

	private LuceneProjectIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
			Map<String, String> lastCommit) {
		this.path = path;
		this.directory = directory;
		this.writer = writer;
		this.lastCommit = new HashMap<>(lastCommit);
		this.searchers = searchers;
	}

	/** Opens (or creates) the index in {@code path}; a damaged one is thrown away first. */
	public static LuceneProjectIndex open(Path path) throws IndexException {
		Directory directory = null;
		try {
			Files.createDirectories(path);
			directory = FSDirectory.open(path);
			Map<String, String> commit = Map.of();
			boolean empty = true;
			if (DirectoryReader.indexExists(directory)) {
				try {
					commit = SegmentInfos.readLatestCommit(directory).getUserData();
					empty = !IndexFields.LAYOUT_VERSION.equals(commit.get(LAYOUT_KEY));
				} catch (IOException | RuntimeException e) {
					LOG.log(System.Logger.Level.WARNING, "The search index in " + path
							+ " is damaged (" + e.getMessage() + "); rebuilding it from the project");
					commit = Map.of();
				}
			}
			IndexWriter writer = null;
			SearcherManager searchers = null;
			if (!empty) {
				try {
					writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
					// opening a reader reads every segment's headers and footers: damage shows here
					searchers = new SearcherManager(writer, null);
				} catch (LockObtainFailedException e) {
					throw e;
				} catch (IOException | RuntimeException e) {
					LOG.log(System.Logger.Level.WARNING, "The search index in " + path + " is damaged (" + e.getMessage()
							+ "); rebuilding it from the project");
					if (writer != null) {
						writer.rollback();
					}
					empty = true;
				}
			}
			if (empty) {
				deleteIndexFiles(path);
				writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
				searchers = new SearcherManager(writer, null);
			}
			return new LuceneProjectIndex(path, directory, writer, searchers, empty ? Map.of() : commit);
		} catch (LockObtainFailedException e) {
			closeQuietly(directory);
			throw new IndexException("The search index in " + path
					+ " is in use by another Verbatim; close it there and try again", e);
		} catch (IOException e) {
			closeQuietly(directory);
			throw new IndexException("The search index in " + path + " cannot be opened (" + IoFailures.reason(e)
					+ "); check that the folder can be written", e);
		}
	}

	private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		IndexWriterConfig config = new IndexWriterConfig(VerbatimAnalyzers.indexing());
		config.setOpenMode(mode);
		config.setRAMBufferSizeMB(RAM_BUFFER_MB);
		config.setCommitOnClose(false);
		return config;
	}

	/** Removes the files of a damaged index (not the lock, which this process may hold). */
	private static void deleteIndexFiles(Path path) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
			for (Path file : files) {
				if (Files.isRegularFile(file) && !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
					Files.delete(file);
				}
			}
		}
	}

	@Override
	public synchronized Freshness bringUpToDate(Project project, RebuildProgress progress) throws IndexException {
		try {
			if (!lastCommit.containsKey(LAST_ID_KEY)) {
				// missing, damaged or of another layout: nothing in it can be trusted
				rebuild(project, progress);
				return Freshness.REBUILT;
			}
			long storeCount = project.statementCount();
			long last = project.lastStatementId().map(StatementId::number).orElse(0L);
			long indexedLast = Long.parseLong(lastCommit.get(LAST_ID_KEY));
			long indexedCount = Long.parseLong(lastCommit.getOrDefault(COUNT_KEY, "-1"));
			if (indexedLast == last && indexedCount == storeCount) {
				return Freshness.CURRENT;
			}
			if (indexedLast < last && indexedCount <= storeCount) {
				// ids only grow: what is missing is what was added after the last commit
				Optional<StatementId> after = indexedLast == 0 ? Optional.empty() : Optional.of(new StatementId(indexedLast));
				long done = 0;
				long total = storeCount - indexedCount;
				List<Statement> page;
				while (!(page = project.statementsAfter(after, PAGE)).isEmpty()) {
					for (Statement statement : page) {
						writer.updateDocument(idTerm(statement.id()),
								documents.of(statement, project.metadata(statement.id())));
					}
					done += page.size();
					progress.indexed(done, Math.max(total, done));
					after = Optional.of(page.get(page.size() - 1).id());
				}
				if (statementCount() == storeCount) {
					commit(project);
					return Freshness.CAUGHT_UP;
				}
			}
			rebuild(project, progress);
			return Freshness.REBUILT;
		} catch (StoreException e) {
			throw new IndexException(e.getMessage(), e);
		} catch (IOException | NumberFormatException e) {
			LOG.log(System.Logger.Level.WARNING, "The search index in " + path + " could not be brought up to date ("
					+ e.getMessage() + "); rebuilding it from the project");
			rebuild(project, progress);
			return Freshness.REBUILT;
		}
	}

	@Override
	public synchronized void rebuild(Project project, RebuildProgress progress) throws IndexException {
		try {
			writer.deleteAll();
			long total = project.statementCount();
			progress.indexed(0, total);
			int threads = rebuildThreads();
			if (threads == 1) {
				rebuildOnThisThread(project, progress, total);
			} else {
				new ParallelRebuild(writer, facets, threads).run(project, progress, total);
			}
			commit(project);
		} catch (StoreException e) {
			throw new IndexException(e.getMessage(), e);
		} catch (IOException e) {
			throw failure("rebuild", e);
		}
	}

	private void rebuildOnThisThread(Project project, RebuildProgress progress, long total)
			throws StoreException, IOException {
		long done = 0;
		Optional<StatementId> after = Optional.empty();
		List<Statement> page;
		while (!(page = project.statementsAfter(after, PAGE)).isEmpty()) {
			for (Statement statement : page) {
				writer.addDocument(documents.of(statement, project.metadata(statement.id())));
			}
			done += page.size();
			progress.indexed(done, Math.max(total, done));
			after = Optional.of(page.get(page.size() - 1).id());
		}
	}

	/**
	 * How many threads a rebuild indexes on: one per processor, at most {@value #MAX_REBUILD_THREADS};
	 * the system property {@value #REBUILD_THREADS_PROPERTY} sets another number (1: the calling
	 * thread alone, as before).
	 */
	static int rebuildThreads() {
		int processors = Math.min(Runtime.getRuntime().availableProcessors(), MAX_REBUILD_THREADS);
		String set = System.getProperty(REBUILD_THREADS_PROPERTY);
		if (set != null) {
			try {
				return Math.max(1, Math.min(Integer.parseInt(set.strip()), MAX_REBUILD_THREADS));
			} catch (NumberFormatException e) {
				LOG.log(System.Logger.Level.WARNING, REBUILD_THREADS_PROPERTY + "=" + set + " is not a number; using "
						+ processors + " threads");
			}
		}
		return processors;
	}

	/** The system property that sets the number of rebuild threads. */
	public static final String REBUILD_THREADS_PROPERTY = "verbatim.index.rebuildThreads";

	private static final int MAX_REBUILD_THREADS = 8;

	@Override
	public synchronized void update(Project project, Collection<StatementId> ids) throws IndexException {
		try {
			for (StatementId id : ids) {
				Optional<Statement> statement = project.statement(id);
				if (statement.isPresent()) {
					writer.updateDocument(idTerm(id), documents.of(statement.get(), project.metadata(id)));
				} else {
					writer.deleteDocuments(idTerm(id));
				}
			}
		} catch (StoreException e) {
			throw new IndexException(e.getMessage(), e);
		} catch (IOException e) {
			throw failure("update", e);
		}
	}

	@Override
	public synchronized void commit(Project project) throws IndexException {
		try {
			Map<String, String> data = new HashMap<>();
			data.put(LAYOUT_KEY, IndexFields.LAYOUT_VERSION);
			// what the index holds, not what the store holds: a listener that missed a change
			// leaves a difference that the next open catches up
			searchers.maybeRefreshBlocking();
			IndexSearcher searcher = searchers.acquire();
			try {
				data.put(COUNT_KEY, Long.toString(searcher.getIndexReader().numDocs()));
			} finally {
				searchers.release(searcher);
			}
			data.put(LAST_ID_KEY, Long.toString(lastIndexedId(project)));
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
			lastCommit.clear();
			lastCommit.putAll(data);
		} catch (IOException e) {
			throw failure("save", e);
		}
	}

	/**
	 * The store's last id when the index holds every statement up to it; an index that lacks the
	 * newest statements records the last one it has, so the next open catches up.
	 */
	private long lastIndexedId(Project project) throws IOException {
		try {
			Optional<StatementId> last = project.lastStatementId();
			// a listener misses a handful of statements at most; past that, catching up from the
			// start (re-adding everything) is as good as searching further
			for (int step = 0; step < MAX_MISSED && last.isPresent(); step++) {
				if (contains(last.get())) {
					return last.get().number();
				}
				last = last.get().number() > 1 ? Optional.of(new StatementId(last.get().number() - 1)) : Optional.empty();
			}
			return 0;
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private boolean contains(StatementId id) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.count(new TermQuery(idTerm(id))) > 0;
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public synchronized long statementCount() throws IndexException {
		try {
			searchers.maybeRefreshBlocking();
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			} finally {
				searchers.release(searcher);
			}
		} catch (IOException e) {
			throw failure("count", e);
		}
	}

	/** The searchers, refreshed to see every change made so far. Release what you acquire. */
	public SearcherManager searchers() throws IOException {
		searchers.maybeRefresh();
		return searchers;
	}

	/** The facet configuration of the index's documents. */
	public FacetsConfig facetsConfig() {
		return facets;
	}

	/** The facet ordinals of a reader, computed once per reader (that is the expensive part). */
	public synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		if (facetState == null || facetState.getReader() != reader) {
			facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
		}
		return facetState;
	}

	/**
	 * The analyzer for queries, with the project's aliases as synonyms, for stemmed or exact-form
	 * searches. Every search asks for one; building the synonym map costs more than many searches,
	 * so the analyzers of the alias lists seen last are kept. Analyzers are safe to share between
	 * threads, and one no longer kept is left to the garbage collector, not closed, since a search may
	 * still be using it.
	 */
	public static Analyzer queryAnalyzer(List<List<String>> aliasGroups, boolean exactForms) {
		QueryAnalysis wanted = new QueryAnalysis(aliasGroups, exactForms);
		Analyzer known = QUERY_ANALYZERS.get(wanted);
		if (known != null) {
			return known;
		}
		QueryAnalysis key = new QueryAnalysis(aliasGroups.stream().map(List::copyOf).toList(), exactForms);
		Analyzer analyzer = VerbatimAnalyzers.query(VerbatimAnalyzers.aliasMap(key.aliasGroups()), exactForms);
		if (QUERY_ANALYZERS.size() >= QUERY_ANALYZERS_KEPT) {
			QUERY_ANALYZERS.clear();
		}
		QUERY_ANALYZERS.put(key, analyzer);
		return analyzer;
	}

	/**
	 * The analysis of the index, shared: what re-analyses a hit's stored text to find where the query
	 * matched it.
	 */
	public static Analyzer indexAnalyzer() {
		return INDEX_ANALYZER;
	}

	private static final Analyzer INDEX_ANALYZER = VerbatimAnalyzers.indexing();

	private record QueryAnalysis(List<List<String>> aliasGroups, boolean exactForms) {
	}

	private static final int QUERY_ANALYZERS_KEPT = 16;

	private static final Map<QueryAnalysis, Analyzer> QUERY_ANALYZERS = new ConcurrentHashMap<>();

	@Override
	public Path directory() {
		return path;
	}

	@Override
	public synchronized void close() throws IndexException {
		try {
			searchers.close();
			writer.rollback();
		} catch (IOException e) {
			throw failure("close", e);
		} finally {
			closeQuietly(directory);
		}
	}

	private IndexException failure(String what, IOException e) {
		return new IndexException("The search index in " + path + " could not " + what + " (" + IoFailures.reason(e)
				+ "); run 'verbatim reindex' to rebuild it", e);
	}

	static Term idTerm(StatementId id) {
		return new Term(IndexFields.ID, id.toString());
	}

	private static void closeQuietly(Directory directory) {
		if (directory != null) {
			try {
				directory.close();
			} catch (IOException e) {
				// nothing more can go wrong with a directory we give up on
			}
		}
	}
}
