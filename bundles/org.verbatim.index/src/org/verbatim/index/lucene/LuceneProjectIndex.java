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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.IoFailures;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.IndexException;
import org.verbatim.index.ProjectIndex;
import org.verbatim.index.RebuildProgress;

/**
 * A project's Lucene index with its one writer and a near-real-time searcher. Each commit records
 * in its user data the index layout and the store state it reflects (the last statement id, the
 * number of statements and the head of the provenance log), which is how a stale index is
 * recognised at the next open. Every change to the store writes a provenance record naming what it
 * touched, so an index behind the log is caught up by replaying the records after its head, even
 * when the process died between the store's commit and the index's.
 */
public final class LuceneProjectIndex implements ProjectIndex {

	private static final System.Logger LOG = System.getLogger(LuceneProjectIndex.class.getName());

	/** Commit user data: the {@link IndexFields#LAYOUT_VERSION} the index was written with. */
	public static final String LAYOUT_KEY = "verbatim.layout";
	/** Commit user data: the newest statement id the index holds every statement up to. */
	public static final String LAST_ID_KEY = "verbatim.store.lastStatementId";
	/** Commit user data: how many statements the index held. */
	public static final String COUNT_KEY = "verbatim.store.statementCount";
	/** Commit user data: the number of the provenance record the index reflects every change up to. */
	public static final String PROVENANCE_KEY = "verbatim.store.provenanceHead";

	/** Provenance records read per page when catching up. */
	private static final int RECORDS_PAGE = 500;

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
	private ExitableDirectoryReader timedReader;
	private QueryTimeout timedTimeout;
	/**
	 * The newest provenance record whose change the index reflects, or -1 when not known: advanced
	 * when the index follows a change, never to the store's head without having followed it (an
	 * index opened by a Verbatim that does not follow the store must not claim to be current).
	 */
	private long followedHead = -1;
	/** The excerpts in the index by statement; read from the index when first needed. */
	private Map<StatementId, Set<ExcerptId>> excerptsByStatement;

	private LuceneProjectIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
			Map<String, String> lastCommit) {
		this.path = path;
		this.directory = directory;
		this.writer = writer;
		this.lastCommit = new HashMap<>(lastCommit);
		this.searchers = searchers;
		try {
			this.followedHead = Long.parseLong(lastCommit.getOrDefault(PROVENANCE_KEY, "-1"));
		} catch (NumberFormatException e) {
			this.followedHead = -1;
		}
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
			Optional<Freshness> replayed = replayProvenance(project, progress);
			if (replayed.isPresent() && statementCount() == project.statementCount()) {
				return replayed.get();
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
					List<StatementId> ids = page.stream().map(Statement::id).toList();
					update(project, ids);
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

	/**
	 * Catches the index up by the provenance log when both the last commit and the store have a log
	 * head: the records after the index's head name every statement and excerpt changed since, and
	 * those are read again from the store. Empty when the log cannot say (no log, or an index
	 * committed without one): the caller then compares statement ids.
	 *
	 * @throws IOException when the log cannot be read or makes no sense; the caller rebuilds
	 */
	private Optional<Freshness> replayProvenance(Project project, RebuildProgress progress)
			throws StoreException, IOException, IndexException {
		String indexed = lastCommit.get(PROVENANCE_KEY);
		Optional<ProvEntry> head;
		try {
			head = project.lastProvenance();
		} catch (StoreException e) {
			throw new IOException("the provenance log cannot be read (" + e.getMessage() + ")", e);
		}
		if (indexed == null || head.isEmpty()) {
			return Optional.empty();
		}
		long from = Long.parseLong(indexed);
		long to = head.get().seq();
		if (from == to) {
			followedHead = to;
			return Optional.of(Freshness.CURRENT);
		}
		if (from > to) {
			throw new IOException("the index reflects provenance record " + from + " but the log ends at " + to);
		}
		long after = from;
		while (after < to) {
			List<ProvEntry> entries;
			try {
				entries = project.provenance(after, RECORDS_PAGE);
			} catch (StoreException e) {
				throw new IOException("the provenance log cannot be read (" + e.getMessage() + ")", e);
			}
			if (entries.isEmpty()) {
				throw new IOException("the provenance log ends at record " + after + ", before its head " + to);
			}
			Set<StatementId> statements = new TreeSet<>();
			Set<ExcerptId> excerpts = new TreeSet<>();
			for (ProvEntry entry : entries) {
				if (entry.seq() != after + 1) {
					throw new IOException("provenance record " + (after + 1) + " is missing");
				}
				ProvenanceTouches.collect(entry, statements, excerpts);
				after = entry.seq();
			}
			update(project, statements);
			updateExcerpts(project, excerpts);
			progress.indexed(after - from, to - from);
		}
		followedHead = Math.max(followedHead, to);
		commit(project);
		return Optional.of(Freshness.CAUGHT_UP);
	}

	@Override
	public synchronized void rebuild(Project project, RebuildProgress progress) throws IndexException {
		try {
			// read first: a change made while the rebuild reads the store is then caught up again
			long head = storeHead(project);
			writer.deleteAll();
			excerptsByStatement = new HashMap<>();
			long total = project.statementCount();
			progress.indexed(0, total);
			Map<StatementId, List<String>> tagged = TaggedStatements.of(project);
			int threads = rebuildThreads();
			if (threads == 1) {
				rebuildOnThisThread(project, tagged, progress, total);
			} else {
				new ParallelRebuild(writer, facets, threads).run(project, tagged, progress, total);
			}
			addExcerpts(project);
			followedHead = head;
			commit(project);
		} catch (StoreException e) {
			throw new IndexException(e.getMessage(), e);
		} catch (IOException e) {
			throw failure("rebuild", e);
		}
	}

	private void rebuildOnThisThread(Project project, Map<StatementId, List<String>> tagged, RebuildProgress progress,
			long total) throws StoreException, IOException {
		long done = 0;
		Optional<StatementId> after = Optional.empty();
		List<Statement> page;
		while (!(page = project.statementsAfter(after, PAGE)).isEmpty()) {
			for (Statement statement : page) {
				writer.addDocument(documents.of(statement, project.metadata(statement.id()),
						tagged.getOrDefault(statement.id(), List.of())));
			}
			done += page.size();
			progress.indexed(done, Math.max(total, done));
			after = Optional.of(page.get(page.size() - 1).id());
		}
	}

	/** Adds a document for every excerpt that is not withdrawn (after the statements: there are few). */
	private void addExcerpts(Project project) throws StoreException, IOException {
		Map<StatementId, Statement> statements = new HashMap<>();
		Map<StatementId, StatementMetadata> metadata = new HashMap<>();
		for (Excerpt excerpt : project.excerpts()) {
			StatementId of = excerpt.statement();
			if (!statements.containsKey(of)) {
				Optional<Statement> statement = project.statement(of);
				if (statement.isEmpty()) {
					continue;
				}
				statements.put(of, statement.get());
				metadata.put(of, project.metadata(of));
			}
			writer.addDocument(documents.of(excerpt, statements.get(of), metadata.get(of)));
			excerptsByStatement.computeIfAbsent(of, s -> new TreeSet<>()).add(excerpt.id());
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
		follow(project, () -> {
			for (StatementId id : ids) {
				Optional<Statement> statement = project.statement(id);
				List<ExcerptId> excerpts = excerptsIndexedFor(id);
				if (statement.isPresent()) {
					writer.updateDocument(idTerm(id),
							documents.of(statement.get(), project.metadata(id), project.tags(id.toString())));
				} else {
					writer.deleteDocuments(idTerm(id));
				}
				// its excerpts carry a copy of its metadata
				updateExcerpts(project, excerpts);
			}
		});
	}

	@Override
	public synchronized void add(Project project, Collection<StatementId> ids) throws IndexException {
		follow(project, () -> {
			for (StatementId id : ids) {
				Optional<Statement> statement = project.statement(id);
				if (statement.isPresent()) {
					writer.updateDocument(idTerm(id), documents.of(statement.get(), project.metadata(id)));
				}
			}
		});
	}

	@Override
	public synchronized void updateExcerpts(Project project, Collection<ExcerptId> ids) throws IndexException {
		follow(project, () -> {
			for (ExcerptId id : ids) {
				Term key = new Term(IndexFields.ID, id.toString());
				Optional<Excerpt> excerpt = project.excerpt(id).filter(e -> !e.withdrawn());
				Optional<Statement> statement = excerpt.isPresent() ? project.statement(excerpt.get().statement())
						: Optional.empty();
				if (statement.isPresent()) {
					writer.updateDocument(key,
							documents.of(excerpt.get(), statement.get(), project.metadata(statement.get().id())));
				} else {
					writer.deleteDocuments(key);
				}
				noteExcerpt(id, statement.map(Statement::id));
			}
		});
	}

	/** Work on the writer that reads the store. */
	@FunctionalInterface
	private interface IndexWork {
		void run() throws StoreException, IOException, IndexException;
	}

	/**
	 * Does {@code work} for a change of the store, and counts the change as followed: it is in the log
	 * already, so at or before the head read first.
	 */
	private void follow(Project project, IndexWork work) throws IndexException {
		try {
			long head = storeHead(project);
			work.run();
			followedHead = Math.max(followedHead, head);
		} catch (StoreException e) {
			throw new IndexException(e.getMessage(), e);
		} catch (IOException e) {
			throw failure("update", e);
		}
	}

	/** The number of the newest provenance record, 0 for an empty log; -1 for a project without one. */
	private static long storeHead(Project project) throws StoreException {
		Optional<ProvEntry> head = project.lastProvenance();
		if (head.isPresent()) {
			return head.get().seq();
		}
		return project.statementCount() == 0 && project.excerpts().isEmpty() ? 0 : -1;
	}

	/**
	 * The excerpts the index holds of the statement. Kept in memory (read from the index the first
	 * time), because statements are updated one import at a time and searching the index for their
	 * excerpts would make the writer flush a segment each time.
	 */
	private List<ExcerptId> excerptsIndexedFor(StatementId statement) throws IOException {
		Set<ExcerptId> known = indexedExcerpts().get(statement);
		return known == null ? List.of() : List.copyOf(known);
	}

	private Map<StatementId, Set<ExcerptId>> indexedExcerpts() throws IOException {
		if (excerptsByStatement == null) {
			Map<StatementId, Set<ExcerptId>> read = new HashMap<>();
			searchers.maybeRefreshBlocking();
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_EXCERPT)),
						Math.max(1, searcher.getIndexReader().maxDoc()));
				StoredFields stored = searcher.storedFields();
				for (ScoreDoc doc : found.scoreDocs) {
					Document fields = stored.document(doc.doc, Set.of(IndexFields.ID, IndexFields.STATEMENT));
					Optional<ExcerptId> id = ExcerptId.parse(String.valueOf(fields.get(IndexFields.ID)));
					Optional<StatementId> of = StatementId.parse(String.valueOf(fields.get(IndexFields.STATEMENT)));
					if (id.isPresent() && of.isPresent()) {
						read.computeIfAbsent(of.get(), s -> new TreeSet<>()).add(id.get());
					}
				}
			} finally {
				searchers.release(searcher);
			}
			excerptsByStatement = read;
		}
		return excerptsByStatement;
	}

	/** Notes in {@link #indexedExcerpts} that the excerpt is (or, {@code of} empty, is no longer) in the index. */
	private void noteExcerpt(ExcerptId id, Optional<StatementId> of) throws IOException {
		Map<StatementId, Set<ExcerptId>> known = indexedExcerpts();
		known.values().forEach(ids -> ids.remove(id));
		known.values().removeIf(Set::isEmpty);
		of.ifPresent(statement -> known.computeIfAbsent(statement, s -> new TreeSet<>()).add(id));
	}

	@Override
	public synchronized void commit(Project project) throws IndexException {
		try {
			Map<String, String> data = new HashMap<>();
			data.put(LAYOUT_KEY, IndexFields.LAYOUT_VERSION);
			// what the index holds, not what the store holds: a listener that missed a change
			// leaves a difference that the next open catches up
			data.put(COUNT_KEY, Long.toString(countStatements()));
			data.put(LAST_ID_KEY, Long.toString(lastIndexedId(project)));
			// the head of the changes followed, not the store's: the next open replays what is after it
			if (followedHead >= 0) {
				data.put(PROVENANCE_KEY, Long.toString(followedHead));
			}
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
			return countStatements();
		} catch (IOException e) {
			throw failure("count", e);
		}
	}

	@Override
	public synchronized long excerptCount() throws IndexException {
		try {
			return countKind(IndexFields.KIND_EXCERPT);
		} catch (IOException e) {
			throw failure("count", e);
		}
	}

	private long countStatements() throws IOException {
		return countKind(IndexFields.KIND_STATEMENT);
	}

	private long countKind(String kind) throws IOException {
		searchers.maybeRefreshBlocking();
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.count(new TermQuery(new Term(IndexFields.KIND, kind)));
		} finally {
			searchers.release(searcher);
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

	/**
	 * The reader that searches of this index use: {@code reader} wrapped so that walking its terms,
	 * points and doc values stops with an {@link ExitableDirectoryReader.ExitingReaderException} once
	 * {@code timeout} says so. That bounds the expansion of wildcard, fuzzy and regular expression
	 * terms, which happens before any document is scored and so before the searcher's own time limit
	 * looks. One wrapper is kept per near-real-time reader (the facet ordinals are computed per
	 * wrapper), so {@code timeout} should be the same object on every call.
	 */
	public synchronized DirectoryReader timedReader(DirectoryReader reader, QueryTimeout timeout) throws IOException {
		if (timedReader == null || timedReader.getDelegate() != reader || timedTimeout != timeout) {
			timedReader = (ExitableDirectoryReader) ExitableDirectoryReader.wrap(reader, timeout);
			timedTimeout = timeout;
		}
		return timedReader;
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
