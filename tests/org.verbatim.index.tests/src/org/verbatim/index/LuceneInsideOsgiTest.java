package org.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene bundles wrapped from Maven Central by the target platform work inside OSGi: codecs
 * found through SPI, an on-disk memory-mapped index, the analysis, query parser, highlighter and
 * facet modules. The search issue builds on exactly this.
 */
class LuceneInsideOsgiTest {

	@TempDir
	Path indexDir;

	@Test
	void indexesSearchesAndHighlightsOnDisk() throws Exception {
		try (Analyzer analyzer = new EnglishAnalyzer(); Directory dir = FSDirectory.open(indexDir)) {
			assertInstanceOf(MMapDirectory.class, dir, "64-bit JVMs use memory-mapped index files");
			FacetsConfig facets = new FacetsConfig();
			try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
				writer.addDocument(facets.build(statement("ISESCO commemorates the victims of Black January in Baku.", "ISESCO")));
				writer.addDocument(facets.build(statement("The OIC Secretary-General commemorated the Khojaly genocide.", "OIC")));
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(dir)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query query = new QueryParser("text", analyzer).parse("commemorating AND khojaly");
				TopDocs hits = searcher.search(query, 10);
				assertEquals(1, hits.totalHits.value(), "stemming makes 'commemorating' match 'commemorated'");
				String text = searcher.storedFields().document(hits.scoreDocs[0].doc).get("text");
				String fragment = new Highlighter(new QueryScorer(query)).getBestFragment(analyzer, "text", text);
				assertTrue(fragment.contains("<B>Khojaly</B>"), fragment);

				FacetsCollector collected = searcher.search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
				FacetResult publishers = new SortedSetDocValuesFacetCounts(
						new DefaultSortedSetDocValuesReaderState(reader, facets), collected).getTopChildren(10, "publisher");
				assertEquals(2, publishers.childCount, publishers.toString());
				assertEquals(2, publishers.value.intValue(), publishers.toString());
			}
		}
	}

	private static Document statement(String text, String publisher) throws IOException {
		Document doc = new Document();
		doc.add(new TextField("text", text, Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField("publisher", publisher));
		return doc;
	}
}
