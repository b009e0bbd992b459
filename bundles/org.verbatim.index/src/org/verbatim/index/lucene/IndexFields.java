package org.verbatim.index.lucene;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of the index's fields and facet dimensions. One document per statement and one per
 * excerpt, told apart by {@link #KIND}. An excerpt's document has its quote as its text, and its
 * statement's metadata copied, so that facets and field queries work the same on both kinds.
 */
public final class IndexFields {

	/** Version of this layout; an index written with another one is rebuilt. */
	public static final String LAYOUT_VERSION = "4";

	/** The statement or excerpt id ({@code S12}, {@code E3}): stored, and the key for updates. */
	public static final String ID = "id";
	/** {@code statement} or {@code excerpt}. */
	public static final String KIND = "kind";
	/** What a hit is shown as: the title, or the source's file name. Stored only. */
	public static final String LABEL = "label";
	/**
	 * The clean text: stored once, indexed folded, each word as written and, where it differs, its
	 * English stem behind {@link #STEM_MARK} at the same position ({@link StemAlternativeFilter}).
	 */
	public static final String TEXT = "text";
	/**
	 * What tells a stem from a written word in {@link #TEXT}: three control characters, which no word
	 * has and which are more than a fuzzy term's two edits away from any word.
	 */
	public static final String STEM_MARK = "\u0001\u0001\u0001";
	/** What the query syntax took for {@link #TEXT} in layout 2, still accepted as its name. */
	public static final String TEXT_EXACT_NAME = "text_exact";
	/** The title, folded and stemmed. */
	public static final String TITLE = "title";
	/** Speakers' names. */
	public static final String SPEAKER = "speaker";
	/** Speakers' organisations. */
	public static final String ORGANIZATION = "organization";
	/** Who published the copy. */
	public static final String PUBLISHER = "publisher";
	/** The place of issue. */
	public static final String PLACE = "place";
	/** Events referred to. */
	public static final String EVENT = "event";
	/**
	 * The analyst's tags of the statement or excerpt itself: folded words for {@code tag:} queries, and
	 * a facet whose values are grouped across case and spacing (so a filter on {@code Disputed} also
	 * finds {@code disputed}).
	 */
	public static final String TAG = "tag";
	/** Of an excerpt: the statement it was cut from ({@code S12}), stored. */
	public static final String STATEMENT = "statement";
	/** Of an excerpt: where its quote starts in its statement's clean text, stored. */
	public static final String CLEAN_START = "clean_start";
	/** Of an excerpt: the analyst's note, folded (not stemmed). */
	public static final String NOTE = "note";
	/** The language tag, as a keyword. */
	public static final String LANGUAGE = "language";
	/** The source's host name without {@code www.}, or {@value #LOCAL_FILE_DOMAIN}. */
	public static final String DOMAIN = "domain";
	/** The issue date as an epoch day: a point for ranges, doc values for sorting, stored. */
	public static final String ISSUED = "issued";

	/** The domain of statements imported from files. */
	public static final String LOCAL_FILE_DOMAIN = "local file";

	/** The kind of a statement document. */
	public static final String KIND_STATEMENT = "statement";
	/** The kind of an excerpt document. */
	public static final String KIND_EXCERPT = "excerpt";

	/** Facet dimension: the issue year. */
	public static final String YEAR = "year";

	/** The facet dimensions, in the order they are shown. */
	public static final List<String> FACET_DIMENSIONS = List.of(SPEAKER, ORGANIZATION, PUBLISHER, YEAR, LANGUAGE, TAG,
			EVENT, DOMAIN);

	/** The facet dimensions a document can have several values of. */
	public static final List<String> MULTI_VALUED_DIMENSIONS = List.of(SPEAKER, ORGANIZATION, TAG, EVENT);

	/**
	 * The facet dimensions whose values are names people write in several ways: their values are
	 * counted together whatever their case and spacing ({@code Khojaly massacre} and
	 * {@code Khojaly  Massacre} are one value), shown in the spelling most of them have. In the index
	 * each value is the two-level path {@link #facetKey key} / spelling.
	 */
	public static final List<String> GROUPED_DIMENSIONS = List.of(SPEAKER, ORGANIZATION, PUBLISHER, EVENT, TAG);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A value with runs of white space as one space and no space at either end, as it is shown. */
	public static String facetSpelling(String value) {
		return SPACES.matcher(value.strip()).replaceAll(" ");
	}

	/** What the spellings of one value of a {@link #GROUPED_DIMENSIONS grouped dimension} have in common. */
	public static String facetKey(String value) {
		return facetSpelling(value).toLowerCase(Locale.ROOT);
	}

	/** Fields analysts may name in a query ({@code field:value}). */
	public static final List<String> QUERYABLE = List.of(TEXT, TITLE, SPEAKER, ORGANIZATION, PUBLISHER, PLACE, EVENT,
			TAG, LANGUAGE, DOMAIN, ISSUED, KIND, ID, STATEMENT, NOTE);

	private IndexFields() {
	}
}
