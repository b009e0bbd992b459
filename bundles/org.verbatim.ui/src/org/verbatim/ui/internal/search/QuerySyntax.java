package org.verbatim.ui.internal.search;

import java.util.List;

import org.verbatim.index.lucene.IndexFields;

/**
 * The query syntax as the Search view's help lists it. The field names come from the index's own
 * list of queryable fields, so the help cannot drift from what the parser accepts.
 */
final class QuerySyntax {

	/** Example, meaning: the forms an analyst may type (the README's "Searching" table, shortened). */
	static final List<String[]> FORMS = List.of( //
			new String[] { "Khojaly genocide", "both words (words are ANDed)" },
			new String[] { "Khojaly OR Xocal\u0131", "either word" },
			new String[] { "genocide NOT Khojaly, genocide -Khojaly", "the first word but not the second" },
			new String[] { "(Khojaly OR Xocal\u0131) AND crime", "groups with parentheses" },
			new String[] { "\"Khojaly genocide\"", "the phrase" },
			new String[] { "\"genocide Khojaly\"~3", "both words within 3 positions" },
			new String[] { "Khojalu~, Khojalu~1", "words within 2 (or 1) edits" },
			new String[] { "commemorat*, Khojal?", "wildcards (not at the start of a word)" },
			new String[] { "/khoja(ly|li)/", "a regular expression over single words" },
			new String[] { "publisher:ISESCO, speaker:Altwaijri", "a word or phrase in that field" },
			new String[] { "issued:2019, issued:[2019 TO 2021]", "an issue date in the year, month or range" });

	private QuerySyntax() {
	}

	/** The fields a query may name ({@code field:value}). */
	static List<String> fields() {
		return IndexFields.QUERYABLE;
	}

	/** The whole help as plain text: one form per line, then the fields. */
	static String text() {
		StringBuilder text = new StringBuilder();
		int width = FORMS.stream().mapToInt(form -> form[0].length()).max().orElse(0);
		for (String[] form : FORMS) {
			text.append(form[0]).append(" ".repeat(width - form[0].length() + 3)).append(form[1]).append('\n');
		}
		text.append('\n').append("Fields: ").append(String.join(", ", fields())).append('\n');
		text.append("Case, diacritics and script do not matter; English words are stemmed.");
		return text.toString();
	}
}
