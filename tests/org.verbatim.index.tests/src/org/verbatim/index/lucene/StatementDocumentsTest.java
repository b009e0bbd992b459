package org.verbatim.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;

/**
 * A document's text is analysed by a chain reused from one document to the next: what the text field
 * holds must be what the field's analyzer makes of the text on its own (the analyzer is what
 * snippets use).
 */
class StatementDocumentsTest {

	private static final List<String> TEXTS = List.of(
			"Khojaly Khojali Xocalı Ходжалы: the commemorations of the massacre's victims",
			"CAFÉ İstanbul Gəncə Αθήνα Երևան, the Parliament's committees are meeting",
			"", "Short.", "Ходжалы ходжалы Ходжалы, repeated words repeat: Ходжалы");

	@Test
	void theTextFieldHoldsWhatItsAnalyzerMakesOfTheText() throws IOException {
		StatementDocuments documents = new StatementDocuments(StatementDocuments.facetsConfig());
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				Analyzer analyzer = VerbatimAnalyzers.indexing()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (int i = 0; i < TEXTS.size(); i++) {
					writer.addDocument(documents.of(statement(i + 1, TEXTS.get(i)), StatementMetadata.empty()));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				LeafReader leaf = reader.leaves().get(0).reader();
				for (int doc = 0; doc < TEXTS.size(); doc++) {
					String text = TEXTS.get(doc);
					assertEquals(text, reader.storedFields().document(doc).get(IndexFields.TEXT));
					assertEquals(inOrder(analyzed(analyzer, IndexFields.TEXT, text)), inOrder(indexed(leaf, IndexFields.TEXT, doc)),
							"text of \"" + text + "\"");
				}
			}
		}
	}

	private static Statement statement(long id, String text) {
		return new Statement(new StatementId(id), Optional.empty(), text, "/tmp/s" + id + ".txt",
				OriginalRef.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "UTF-8", "valid-utf8", Instant.EPOCH);
	}

	/** {@code position:term} strings by position, then term (the order of terms at one position is not kept). */
	private static List<String> inOrder(List<String> terms) {
		List<String> sorted = new ArrayList<>(terms);
		sorted.sort(java.util.Comparator.comparingInt((String t) -> Integer.parseInt(t.substring(0, t.indexOf(':'))))
				.thenComparing(t -> t.substring(t.indexOf(':') + 1)));
		return sorted;
	}

	/** The field's terms as its analyzer makes them, in order of position. */
	private static List<String> analyzed(Analyzer analyzer, String field, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			int position = -1;
			stream.reset();
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				terms.add(position + ":" + term);
			}
			stream.end();
		}
		return terms;
	}

	/** The terms the index holds for one document's field, in order of position. */
	private static List<String> indexed(LeafReader leaf, String field, int doc) throws IOException {
		List<String> found = new ArrayList<>();
		Terms terms = leaf.terms(field);
		if (terms == null) {
			return found;
		}
		TermsEnum each = terms.iterator();
		BytesRef term;
		List<int[]> positions = new ArrayList<>();
		List<String> words = new ArrayList<>();
		while ((term = each.next()) != null) {
			PostingsEnum postings = each.postings(null, PostingsEnum.POSITIONS);
			if (postings.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS) {
				for (int i = 0; i < postings.freq(); i++) {
					positions.add(new int[] { postings.nextPosition(), words.size() });
					words.add(term.utf8ToString());
				}
			}
		}
		positions.sort((a, b) -> Integer.compare(a[0], b[0]));
		for (int[] at : positions) {
			found.add(at[0] + ":" + words.get(at[1]));
		}
		return found;
	}
}
