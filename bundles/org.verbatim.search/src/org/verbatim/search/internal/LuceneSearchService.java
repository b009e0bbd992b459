package org.verbatim.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.document.Document;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.IndexException;
import org.verbatim.index.ProjectIndex;
import org.verbatim.index.ProjectIndexes;
import org.verbatim.index.RebuildProgress;
import org.verbatim.index.lucene.IndexFields;
import org.verbatim.index.lucene.LuceneProjectIndex;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchService;
import org.verbatim.search.Snippet;
import org.verbatim.search.Sort;

/**
 * The search service on the project indexes of {@link ProjectIndexes}. Each search gets its own
 * searcher on the current near-real-time reader, with a time limit that also stops the expansion of
 * wildcard, fuzzy and regular expression terms, so that no query can hang the application. Hits are
 * statements and excerpts; an excerpt's snippets are placed in its statement's clean text.
 */
@Component(service = SearchService.class)
public class LuceneSearchService implements SearchService {

	/** A search running longer is stopped, and the analyst told to narrow it. */
	static final long TIME_LIMIT_MS = 5_000;

	/** Values counted per facet dimension. */
	static final int FACET_VALUES = 10;

	/** Snippets cut per hit. */
	static final int SNIPPETS_PER_HIT = 3;

	private ProjectIndexes indexes;

	private final long timeLimitMs;

	/** For Declarative Services. */
	public LuceneSearchService() {
		this.timeLimitMs = TIME_LIMIT_MS;
	}

	/** A service on these indexes (tests, benchmarks). */
	public LuceneSearchService(ProjectIndexes indexes) {
		this(indexes, TIME_LIMIT_MS);
	}

	/** A service on these indexes whose searches stop after {@code timeLimitMs} (tests). */
	LuceneSearchService(ProjectIndexes indexes, long timeLimitMs) {
		this.indexes = indexes;
		this.timeLimitMs = timeLimitMs;
	}

	@Reference
	void setIndexes(ProjectIndexes indexes) {
		this.indexes = indexes;
	}

	@Override
	public Optional<String> prepare(Project project, RebuildProgress progress) throws SearchException {
		try {
			ProjectIndex.Freshness freshness = indexes.open(project, progress);
			return switch (freshness) {
			case CURRENT -> Optional.empty();
			case CAUGHT_UP -> Optional.of("The search index of " + project.directory()
					+ " lacked the newest statements; they were added");
			case REBUILT -> Optional.of("The search index of " + project.directory()
					+ " was missing, outdated or damaged; it was rebuilt from the project");
			};
		} catch (IndexException e) {
			throw new SearchException(e.getMessage(), e);
		}
	}

	@Override
	public void reindex(Project project, RebuildProgress progress) throws SearchException {
		try {
			indexes.rebuild(project, progress);
		} catch (IndexException e) {
			throw new SearchException(e.getMessage(), e);
		}
	}

	@Override
	public SearchResult search(Project project, SearchRequest request) throws SearchException {
		Query query = parse(project, request);
		LuceneProjectIndex index = luceneIndex(project);
		try {
			return run(index, query, request);
		} catch (CorruptIndexException e) {
			// damage that opening did not show: rebuild once, then search again
			reindex(project, RebuildProgress.NONE);
			try {
				return run(index, query, request);
			} catch (IOException again) {
				throw unusable(index, again);
			}
		} catch (IOException e) {
			throw unusable(index, e);
		}
	}

	@Override
	public void saveSearch(Project project, String name, String query) throws SearchException {
		parse(project, SearchRequest.of(query));
		try {
			project.saveSearch(name, query);
		} catch (StoreException e) {
			throw new SearchException(e.getMessage(), e);
		}
	}

	@Override
	public Map<String, String> savedSearches(Project project) throws SearchException {
		try {
			return project.savedSearches();
		} catch (StoreException e) {
			throw new SearchException(e.getMessage(), e);
		}
	}

	private LuceneProjectIndex luceneIndex(Project project) throws SearchException {
		try {
			return (LuceneProjectIndex) indexes.indexOf(project, RebuildProgress.NONE);
		} catch (IndexException e) {
			throw new SearchException(e.getMessage(), e);
		}
	}

	/** The request as a Lucene query: the parsed text, then scope and facet filters. */
	private Query parse(Project project, SearchRequest request) throws SearchException {
		QueryProblems.checkSize(request.query());
		Query text;
		try {
			Analyzer analyzer = LuceneProjectIndex.queryAnalyzer(project.aliasGroups(), request.exactForms());
			text = new AnalystQueryParser(analyzer).parse(request.query());
		} catch (StoreException e) {
			throw new SearchException(e.getMessage(), e);
		} catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses | TooComplexToDeterminizeException
				| IllegalArgumentException e) {
			throw QueryProblems.unparsable(request.query(), e);
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
		if (request.scope() != Scope.ALL) {
			String kind = request.scope() == Scope.STATEMENTS ? IndexFields.KIND_STATEMENT : IndexFields.KIND_EXCERPT;
			filtered.add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.FILTER);
		}
		Query query = filtered.build();
		if (!request.filters().isEmpty()) {
			DrillDownQuery drill = new DrillDownQuery(org.verbatim.index.lucene.StatementDocuments.facetsConfig(), query);
			for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
				if (!IndexFields.FACET_DIMENSIONS.contains(filter.getKey())) {
					throw new SearchException("unknown facet '" + filter.getKey() + "'; facets are "
							+ String.join(", ", IndexFields.FACET_DIMENSIONS));
				}
				// each value added on its own: values of one dimension are alternatives
				for (String value : filter.getValue()) {
					if (IndexFields.GROUPED_DIMENSIONS.contains(filter.getKey())) {
						drill.add(filter.getKey(), IndexFields.facetKey(value));
					} else {
						drill.add(filter.getKey(), value);
					}
				}
			}
			query = drill;
		}
		return query;
	}

	private SearchResult run(LuceneProjectIndex index, Query query, SearchRequest request)
			throws IOException, SearchException {
		SearcherManager searchers = index.searchers();
		IndexSearcher shared = searchers.acquire();
		SearchDeadline.SEARCHES.start(timeLimitMs);
		try {
			// the time limit stops both the expansion of multi-term queries (while the reader's terms
			// are walked) and the scoring of documents
			IndexReader reader = index.timedReader((DirectoryReader) shared.getIndexReader(), SearchDeadline.SEARCHES);
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setTimeout(SearchDeadline.SEARCHES);
			TopDocs top;
			Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
			try {
				org.apache.lucene.search.Sort sort = luceneSort(request.sort());
				if (request.facets()) {
					FacetsCollectorManager.FacetsResult found = sort == null
							? FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager())
							: FacetsCollectorManager.search(searcher, query, request.limit(), sort, new FacetsCollectorManager());
					top = found.topDocs();
					facets = facetCounts(index, reader, found);
				} else {
					// counted exactly (Lucene stops counting at 1,000 by default): analysts read the total
					top = sort == null
							? searcher.search(query, new TopScoreDocCollectorManager(request.limit(), Integer.MAX_VALUE))
							: searcher.search(query, new TopFieldCollectorManager(sort, request.limit(), Integer.MAX_VALUE));
				}
			} catch (IndexSearcher.TooManyClauses e) {
				throw QueryProblems.tooManyTerms(0);
			}
			if (searcher.timedOut()) {
				throw tooSlow();
			}
			return new SearchResult(top.totalHits.value(), hits(searcher, index, query, top, request), facets);
		} catch (ExitableDirectoryReader.ExitingReaderException | SearchDeadline.Exceeded e) {
			throw tooSlow();
		} finally {
			SearchDeadline.SEARCHES.clear();
			searchers.release(shared);
		}
	}

	private SearchException tooSlow() {
		String limit = timeLimitMs >= 1000 ? timeLimitMs / 1000 + " s" : timeLimitMs + " ms";
		return new SearchException("the search took longer than " + limit + " and was stopped; make the query more "
				+ "specific (fewer wildcards, fuzzy terms or regular expressions, or longer words before a wildcard)");
	}

	private static org.apache.lucene.search.Sort luceneSort(Sort sort) {
		return switch (sort) {
		case RELEVANCE -> null;
		case ISSUED_NEWEST -> new org.apache.lucene.search.Sort(withMissingLast(true));
		case ISSUED_OLDEST -> new org.apache.lucene.search.Sort(withMissingLast(false));
		};
	}

	private static SortField withMissingLast(boolean newestFirst) {
		return new SortField(IndexFields.ISSUED, SortField.Type.LONG, newestFirst,
				newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
	}

	private static Map<String, List<FacetCount>> facetCounts(LuceneProjectIndex index, IndexReader reader,
			FacetsCollectorManager.FacetsResult found) throws IOException {
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (String dim : IndexFields.FACET_DIMENSIONS) {
			facets.put(dim, new ArrayList<>());
		}
		SortedSetDocValuesFacetCounts counts;
		try {
			counts = new SortedSetDocValuesFacetCounts(index.facetState(reader), found.facetsCollector());
		} catch (IllegalArgumentException e) {
			// an index with no facet values at all (an empty project)
			return facets;
		}
		for (FacetResult result : counts.getAllDims(FACET_VALUES)) {
			List<FacetCount> values = facets.get(result.dim);
			if (values != null) {
				boolean grouped = IndexFields.GROUPED_DIMENSIONS.contains(result.dim);
				for (LabelAndValue value : result.labelValues) {
					String shown = grouped ? mostFrequentSpelling(counts, result.dim, value.label) : value.label;
					values.add(new FacetCount(shown, value.value.longValue()));
				}
			}
		}
		return facets;
	}

	/**
	 * The spelling most hits have of a grouped value (counted under its key, with its spellings
	 * below); of spellings as frequent, the first in the index's order.
	 */
	private static String mostFrequentSpelling(SortedSetDocValuesFacetCounts counts, String dim, String key)
			throws IOException {
		FacetResult spellings = counts.getTopChildren(1, dim, key);
		return spellings == null || spellings.labelValues.length == 0 ? key : spellings.labelValues[0].label;
	}

	private static List<SearchHit> hits(IndexSearcher searcher, LuceneProjectIndex index, Query query, TopDocs top,
			SearchRequest request) throws IOException {
		ScoreDoc[] docs = top.scoreDocs;
		List<List<Snippet.Range>> ranges = List.of();
		if (request.highlight() && docs.length > 0) {
			int[] ids = new int[docs.length];
			for (int i = 0; i < docs.length; i++) {
				ids[i] = docs[i].doc;
			}
			ranges = new RangeHighlighter(searcher, LuceneProjectIndex.indexAnalyzer())
					.ranges(query, ids, SNIPPETS_PER_HIT * 2);
		}
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			Document doc = stored.document(docs[i].doc);
			Optional<ExcerptId> excerpt = ExcerptId.parse(doc.get(IndexFields.ID));
			StatementId id = StatementId.parse(excerpt.isPresent() ? doc.get(IndexFields.STATEMENT) : doc.get(IndexFields.ID))
					.orElseThrow();
			Optional<LocalDate> issued = Optional.ofNullable(doc.getField(IndexFields.ISSUED))
					.map(f -> LocalDate.ofEpochDay(f.numericValue().longValue()));
			List<Snippet> snippets = request.highlight()
					? KeywordInContext.snippets(doc.get(IndexFields.TEXT), ranges.get(i), SNIPPETS_PER_HIT)
					: List.of();
			if (excerpt.isPresent()) {
				// an excerpt's text is its quote: its snippets are moved to where it is in the statement
				snippets = shifted(snippets, doc.getField(IndexFields.CLEAN_START).numericValue().intValue());
			}
			float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
			hits.add(new SearchHit(id, excerpt, score, doc.get(IndexFields.LABEL), issued, snippets));
		}
		return hits;
	}

	private static List<Snippet> shifted(List<Snippet> snippets, int by) {
		List<Snippet> moved = new ArrayList<>(snippets.size());
		for (Snippet snippet : snippets) {
			List<Snippet.Range> ranges = snippet.highlights().stream()
					.map(r -> new Snippet.Range(r.start() + by, r.end() + by)).toList();
			moved.add(new Snippet(snippet.text(), snippet.start() + by, ranges));
		}
		return moved;
	}

	private static SearchException unusable(LuceneProjectIndex index, IOException e) {
		return new SearchException("The search index in " + index.directory() + " cannot be read (" + e.getMessage()
				+ "); run 'verbatim reindex' to rebuild it", e);
	}
}
