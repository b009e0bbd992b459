package org.verbatim.search.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Plain Lucene doing what the benchmark asks of Verbatim, written the way the Lucene documentation
 * suggests and nothing cleverer: {@link StandardAnalyzer}; title and text as text fields (the text
 * with offsets in the postings, for the {@link UnifiedHighlighter}); the issue date as a
 * {@link LongPoint} of its epoch day; the facet dimensions as sorted-set doc values; the default
 * {@link IndexWriterConfig}. Queries go through the classic {@link QueryParser} on the text (as
 * Verbatim's default field is the text; the title is indexed, not searched by default), the year
 * range as a point-range filter; hits are counted exactly, the top ten's stored
 * fields are read, facets are counted over all hits (top ten values per dimension) and snippets come
 * from the unified highlighter (up to three passages per hit).
 */
final class LuceneBaseline implements SearchSystem {

	/** The facet dimensions, as Verbatim's search names them (the benchmark has no tags). */
	static final List<String> DIMENSIONS = List.of("speaker", "organization", "publisher", "year", "language", "event",
			"domain");

	private static final int TOP = 10;

	/** Passages per hit, as many as Verbatim's snippets. */
	private static final int SNIPPETS_PER_HIT = 3;

	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private static final Set<String> HIT_FIELDS = Set.of("id", "title", "issued");

	private final Directory directory;

	private final Analyzer analyzer;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	private final UnifiedHighlighter highlighter;

	private final QueryParser parser;

	private LuceneBaseline(Directory directory, Analyzer analyzer, FacetsConfig facetsConfig) throws IOException {
		this.directory = directory;
		this.analyzer = analyzer;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
		this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
		this.parser = new QueryParser("text", analyzer);
	}

	/**
	 * Indexes documents {@code 0 .. docs-1} of {@code documents} into a new index in {@code folder},
	 * commits and closes it; {@code progress} hears the number of documents done every thousand.
	 */
	static void index(Path folder, BenchDocuments documents, int docs, IntConsumer progress) throws IOException {
		FacetsConfig config = new FacetsConfig();
		try (Directory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			for (int i = 0; i < docs; i++) {
				writer.addDocument(config.build(document(documents.document(i))));
				if ((i + 1) % 1000 == 0) {
					progress.accept(i + 1);
				}
			}
			writer.commit();
		}
		progress.accept(docs);
	}

	/** Opens the index {@link #index} made in {@code folder} for searching. */
	static LuceneBaseline open(Path folder) throws IOException {
		Directory directory = FSDirectory.open(folder);
		try {
			return new LuceneBaseline(directory, new StandardAnalyzer(), new FacetsConfig());
		} catch (IOException | RuntimeException e) {
			directory.close();
			throw e;
		}
	}

	private static Document document(BenchDocument source) {
		Document doc = new Document();
		doc.add(new StringField("id", Integer.toString(source.ordinal()), Field.Store.YES));
		doc.add(new TextField("title", source.title(), Field.Store.YES));
		doc.add(new Field("text", source.text(), TEXT_WITH_OFFSETS));
		long day = source.issued().toEpochDay();
		doc.add(new LongPoint("issued", day));
		doc.add(new StoredField("issued", day));
		doc.add(new SortedSetDocValuesFacetField("speaker", source.speaker()));
		doc.add(new SortedSetDocValuesFacetField("organization", source.organization()));
		doc.add(new SortedSetDocValuesFacetField("publisher", source.publisher()));
		doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(source.issued().getYear())));
		doc.add(new SortedSetDocValuesFacetField("language", source.language()));
		source.event().ifPresent(event -> doc.add(new SortedSetDocValuesFacetField("event", event)));
		doc.add(new SortedSetDocValuesFacetField("domain", source.domain()));
		return doc;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	@Override
	public Answer search(BenchQuery benchQuery) throws BenchmarkFailure {
		try {
			Query query = query(benchQuery);
			TopDocs top;
			int facetValues = 0;
			if (benchQuery.facets()) {
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, TOP,
						new FacetsCollectorManager());
				top = result.topDocs();
				Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
				for (String dimension : DIMENSIONS) {
					FacetResult counts = facets.getTopChildren(TOP, dimension);
					facetValues += counts == null ? 0 : counts.labelValues.length;
				}
			} else {
				top = searcher.search(query, new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
			}
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				stored.document(hit.doc, HIT_FIELDS);
			}
			int snippets = 0;
			if (benchQuery.highlight()) {
				for (String snippet : highlighter.highlight("text", query, top, SNIPPETS_PER_HIT)) {
					snippets += snippet == null ? 0 : 1;
				}
			}
			return new Answer(top.totalHits.value(), top.scoreDocs.length, snippets, facetValues);
		} catch (ParseException | IOException | RuntimeException e) {
			throw new BenchmarkFailure("plain Lucene failed on the query " + benchQuery.text() + ": " + e.getMessage(), e);
		}
	}

	private Query query(BenchQuery benchQuery) throws ParseException {
		Query text = parser.parse(benchQuery.text());
		if (benchQuery.years().isEmpty()) {
			return text;
		}
		BenchQuery.YearRange years = benchQuery.years().get();
		Query range = LongPoint.newRangeQuery("issued", LocalDate.of(years.from(), 1, 1).toEpochDay(),
				LocalDate.of(years.to(), 12, 31).toEpochDay());
		return new BooleanQuery.Builder().add(text, Occur.MUST).add(range, Occur.FILTER).build();
	}

	@Override
	public void close() throws BenchmarkFailure {
		try (Directory closingDirectory = directory; Analyzer closingAnalyzer = analyzer) {
			reader.close();
		} catch (IOException e) {
			throw new BenchmarkFailure("cannot close the plain Lucene index: " + e.getMessage(), e);
		}
	}
}
