package org.verbatim.search.internal.bench;

import java.util.List;
import java.util.Map;

import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.RebuildProgress;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchService;
import org.verbatim.search.Sort;

/**
 * Verbatim as the benchmark drives it, through its public services as the application does: the
 * documents are added to the project one {@link Project#add} each (where the index service listens
 * to the store, as in the application, it follows every add), the project's index is rebuilt with
 * {@link SearchService#reindex} (one writer, one commit at the end), and queries go to
 * {@link SearchService#search}, which finds that index open. Plain term queries ask for exact forms
 * (folded, not stemmed), so that their hit counts can be compared with plain Lucene's; every other
 * query is the default search (stemmed). Closing the project closes its index.
 */
final class VerbatimSystem implements SearchSystem {

	private static final int TOP = 10;

	private final Project project;

	private final SearchService search;

	private VerbatimSystem(Project project, SearchService search) {
		this.project = project;
		this.search = search;
	}

	/**
	 * Adds documents {@code 0 .. docs-1} to {@code project}, one transaction each.
	 *
	 * @return how many the project added as new statements
	 */
	static int store(Project project, BenchDocuments documents, int docs, BenchProgress progress)
			throws BenchmarkFailure {
		int added = 0;
		for (int i = 0; i < docs; i++) {
			BenchDocument document = documents.document(i);
			try {
				if (!project.add(BenchStatements.of(document)).duplicate()) {
					added++;
				}
			} catch (StoreException e) {
				throw new BenchmarkFailure("cannot add document " + i + " to the temporary project: " + e.getMessage(), e);
			}
			if ((i + 1) % 1000 == 0 || i + 1 == docs) {
				progress.done(i + 1);
			}
		}
		return added;
	}

	/** Rebuilds the project's index from the store with the search service's index. */
	static void index(Project project, SearchService search, BenchProgress progress) throws BenchmarkFailure {
		RebuildProgress rebuild = (done, total) -> progress.done((int) done);
		try {
			search.reindex(project, rebuild);
		} catch (SearchException e) {
			throw new BenchmarkFailure("Verbatim could not index " + project.directory() + ": " + e.getMessage(), e);
		}
	}

	/** Verbatim's search on the project, its index open and current. */
	static VerbatimSystem open(Project project, SearchService search) throws BenchmarkFailure {
		try {
			search.prepare(project, RebuildProgress.NONE);
		} catch (SearchException e) {
			throw new BenchmarkFailure("Verbatim could not open the index of " + project.directory() + ": "
					+ e.getMessage(), e);
		}
		return new VerbatimSystem(project, search);
	}

	@Override
	public Answer search(BenchQuery query) throws BenchmarkFailure {
		SearchRequest request = new SearchRequest(query.verbatimSyntax(), TOP, Sort.RELEVANCE, query.facets(),
				query.highlight(), query.kind() == BenchQuery.Kind.TERM, Scope.ALL, Map.of());
		SearchResult result;
		try {
			result = search.search(project, request);
		} catch (SearchException e) {
			throw new BenchmarkFailure("Verbatim failed on the query " + query.verbatimSyntax() + ": " + e.getMessage(),
					e);
		}
		int snippets = result.hits().stream().mapToInt(hit -> hit.snippets().size()).sum();
		int facetValues = result.facets().values().stream().mapToInt(List<FacetCount>::size).sum();
		return new Answer(result.totalHits(), result.hits().size(), snippets, facetValues);
	}

	@Override
	public void close() {
		// the project's index is committed and closed when the project is closed
	}
}
