package org.verbatim.index.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Excerpt;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;

/**
 * Turns statements and excerpts, with their metadata and tags, into the index's documents (see
 * {@link IndexFields}).
 * <p>
 * The clean text is indexed once, written forms and stems together ({@link StemAlternativeFilter}).
 * The tokenizer and its filters are reused from one document to the next, so an instance is for one
 * thread at a time; each indexing thread has its own.
 */
public final class StatementDocuments {

	private final FacetsConfig facets;

	private final Tokenizer tokenizer = new StandardTokenizer();

	private final TokenStream words = VerbatimAnalyzers.textIndexing(tokenizer);

	/** Makes documents for an index with the facet configuration {@code facets}. */
	public StatementDocuments(FacetsConfig facets) {
		this.facets = facets;
	}

	/** The facet configuration every index and search of Verbatim uses. */
	public static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (String dim : IndexFields.MULTI_VALUED_DIMENSIONS) {
			config.setMultiValued(dim, true);
		}
		for (String dim : IndexFields.GROUPED_DIMENSIONS) {
			config.setHierarchical(dim, true);
		}
		return config;
	}

	/** The statement's document without tags, ready for the writer. */
	public Document of(Statement statement, StatementMetadata metadata) throws IOException {
		return of(statement, metadata, List.of());
	}

	/** The statement's document with its tags, ready for the writer. */
	public Document of(Statement statement, StatementMetadata metadata, List<String> tags) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, statement.id().toString(), Field.Store.YES));
		doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_STATEMENT, Field.Store.NO));
		addBody(doc, statement, statement.text(), metadata, tags);
		return facets.build(doc);
	}

	/**
	 * The excerpt's document: its quote as the text, with where it starts in the statement's clean
	 * text (hits are shown in the statement), its note and tags, and the metadata of its statement.
	 *
	 * @param statement the statement the excerpt was cut from
	 * @param metadata  that statement's metadata
	 */
	public Document of(Excerpt excerpt, Statement statement, StatementMetadata metadata) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, excerpt.id().toString(), Field.Store.YES));
		doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_EXCERPT, Field.Store.NO));
		doc.add(new StringField(IndexFields.STATEMENT, statement.id().toString(), Field.Store.YES));
		doc.add(new StoredField(IndexFields.CLEAN_START, excerpt.clean().start()));
		excerpt.note().ifPresent(note -> doc.add(new TextField(IndexFields.NOTE, note, Field.Store.NO)));
		addBody(doc, statement, excerpt.quote(), metadata, excerpt.tags());
		return facets.build(doc);
	}

	/** What both kinds have: label, text, title, metadata fields and facets, tags. */
	private void addBody(Document doc, Statement statement, String text, StatementMetadata metadata, List<String> tags)
			throws IOException {
		doc.add(new StoredField(IndexFields.LABEL, statement.label()));
		doc.add(new StoredField(IndexFields.TEXT, text));
		// closed by the writer after the last field read it; closed here too in case the writer
		// failed on the previous document before it got to the text (closing twice does no harm)
		tokenizer.close();
		tokenizer.setReader(new StringReader(text));
		doc.add(new Field(IndexFields.TEXT, words, TextField.TYPE_NOT_STORED));
		statement.title().ifPresent(title -> doc.add(new TextField(IndexFields.TITLE, title, Field.Store.NO)));
		Set<String> speakers = new LinkedHashSet<>();
		Set<String> organizations = new LinkedHashSet<>();
		for (Speaker speaker : metadata.speakers()) {
			speakers.add(speaker.name());
			speaker.organization().ifPresent(organizations::add);
		}
		addWithFacet(doc, IndexFields.SPEAKER, speakers);
		addWithFacet(doc, IndexFields.ORGANIZATION, organizations);
		metadata.publisher().map(Evidenced::value)
				.ifPresent(publisher -> addWithFacet(doc, IndexFields.PUBLISHER, Set.of(publisher)));
		metadata.place().map(Evidenced::value).ifPresent(place -> doc.add(new TextField(IndexFields.PLACE, place, Field.Store.NO)));
		Set<String> events = new LinkedHashSet<>();
		for (EventReference event : metadata.events()) {
			events.add(event.name());
		}
		addWithFacet(doc, IndexFields.EVENT, events);
		addWithFacet(doc, IndexFields.TAG, new LinkedHashSet<>(tags));
		metadata.language().map(Evidenced::value).map(tag -> tag.toLowerCase(Locale.ROOT)).ifPresent(language -> {
			doc.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(IndexFields.LANGUAGE, language));
		});
		String domain = domainOf(statement.source());
		doc.add(new StringField(IndexFields.DOMAIN, domain, Field.Store.NO));
		doc.add(new SortedSetDocValuesFacetField(IndexFields.DOMAIN, domain));
		metadata.issued().map(Evidenced::value).ifPresent(issued -> addIssued(doc, issued));
	}

	private static void addIssued(Document doc, LocalDate issued) {
		long day = issued.toEpochDay();
		doc.add(new LongPoint(IndexFields.ISSUED, day));
		doc.add(new NumericDocValuesField(IndexFields.ISSUED, day));
		doc.add(new StoredField(IndexFields.ISSUED, day));
		doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(issued.getYear())));
	}

	/** Adds values of a {@link IndexFields#GROUPED_DIMENSIONS grouped dimension}, once per key. */
	private static void addWithFacet(Document doc, String field, Set<String> values) {
		Set<String> keys = new HashSet<>();
		for (String value : values) {
			String shown = IndexFields.facetSpelling(value);
			String key = IndexFields.facetKey(shown);
			if (!shown.isEmpty() && keys.add(key)) {
				doc.add(new TextField(field, shown, Field.Store.NO));
				doc.add(new SortedSetDocValuesFacetField(field, key, shown));
			}
		}
	}

	/**
	 * The host a statement was fetched from, without {@code www.}, or {@value IndexFields#LOCAL_FILE_DOMAIN}
	 * for a file.
	 */
	public static String domainOf(String source) {
		if (source.startsWith("http://") || source.startsWith("https://")) {
			try {
				String host = new URI(source).getHost();
				if (host != null && !host.isEmpty()) {
					host = host.toLowerCase(Locale.ROOT);
					return host.startsWith("www.") ? host.substring(4) : host;
				}
			} catch (URISyntaxException e) {
				// a URL the importer accepted but java.net cannot read: counted with the files
			}
		}
		return IndexFields.LOCAL_FILE_DOMAIN;
	}
}
