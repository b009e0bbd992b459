package org.verbatim.search.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.verbatim.index.lucene.IndexFields;

/**
 * The query language analysts know (Lucene's classic syntax): words are ANDed, {@code OR},
 * {@code NOT}/{@code -}, {@code "phrases"}, {@code "a b"~5}, {@code word~}, {@code wild*},
 * {@code /regex/}, {@code field:value}, {@code issued:[2019 TO 2021]}. On top of Lucene's parser it
 * knows Verbatim's fields and their aliases, reads partial dates as whole periods and refuses
 * unknown fields and leading wildcards. Whether the text is searched by stems or by written forms
 * is the analyzer's choice; wildcard, fuzzy and regex terms always meet written forms (a stem such
 * as {@code commemor} would not match {@code commemorat*}), see the index's
 * {@code StemAlternativeFilter}.
 */
final class AnalystQueryParser extends QueryParser {

	/** A parser of queries on the default field {@code text}, analysed by {@code analyzer}. */
	AnalystQueryParser(Analyzer analyzer) {
		super(IndexFields.TEXT, analyzer);
		setDefaultOperator(Operator.AND);
		// a leading wildcard walks the whole vocabulary of the field: refused, with a message
		setAllowLeadingWildcard(false);
		setAutoGenerateMultiTermSynonymsPhraseQuery(true);
	}

	@Override
	protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
		String name = field(field);
		switch (name) {
		case IndexFields.ISSUED:
			return getRangeQuery(name, queryText, queryText, true, true);
		case IndexFields.KIND, IndexFields.LANGUAGE, IndexFields.DOMAIN:
			return new TermQuery(new Term(name, queryText.strip().toLowerCase(Locale.ROOT)));
		case IndexFields.ID:
			return new TermQuery(new Term(name, queryText.strip().toUpperCase(Locale.ROOT)));
		default:
			return super.getFieldQuery(name, queryText, quoted);
		}
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
			boolean endInclusive) throws ParseException {
		String name = field(field);
		if (!name.equals(IndexFields.ISSUED)) {
			throw new ParseException("ranges work on issued dates only, such as issued:[2019 TO 2021]");
		}
		long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE
				: startInclusive ? firstDay(part1) : lastDay(part1) + 1;
		long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : endInclusive ? lastDay(part2) : firstDay(part2) - 1;
		return LongPoint.newRangeQuery(IndexFields.ISSUED, from, to);
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		return super.getWildcardQuery(field(field), termStr);
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		return super.getPrefixQuery(field(field), termStr);
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		return super.getFuzzyQuery(field(field), termStr, minSimilarity);
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		return super.getRegexpQuery(field(field), termStr);
	}

	@Override
	protected Query newRegexpQuery(Term regexp) {
		Query query = super.newRegexpQuery(regexp);
		// a regular expression can make Lucene walk every word of the index: bounded by the time limit
		return query instanceof RegexpQuery r ? new DeadlineRegexpQuery(r) : query;
	}

	/** The index field a query names. */
	private static String field(String given) throws ParseException {
		String name = given.toLowerCase(Locale.ROOT);
		if (name.equals(IndexFields.TEXT_EXACT_NAME)) {
			return IndexFields.TEXT;
		}
		if (name.equals("org")) {
			return IndexFields.ORGANIZATION;
		}
		if (name.equals("date")) {
			return IndexFields.ISSUED;
		}
		if (!IndexFields.QUERYABLE.contains(name)) {
			throw new ParseException("unknown field '" + given + ":'; fields are " + String.join(", ", IndexFields.QUERYABLE));
		}
		return name;
	}

	/** The first day of {@code 2019}, {@code 2019-03} or {@code 2019-03-14}, as an epoch day. */
	static long firstDay(String date) throws ParseException {
		String d = date.strip();
		try {
			return switch (d.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1).toEpochDay();
			case 7 -> YearMonth.parse(d).atDay(1).toEpochDay();
			default -> LocalDate.parse(d).toEpochDay();
			};
		} catch (DateTimeParseException | NumberFormatException e) {
			throw new ParseException(badDate(date));
		}
	}

	/** The last day of {@code 2019}, {@code 2019-03} or {@code 2019-03-14}, as an epoch day. */
	static long lastDay(String date) throws ParseException {
		String d = date.strip();
		try {
			return switch (d.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(d), 12, 31).toEpochDay();
			case 7 -> YearMonth.parse(d).atEndOfMonth().toEpochDay();
			default -> LocalDate.parse(d).toEpochDay();
			};
		} catch (DateTimeParseException | NumberFormatException e) {
			throw new ParseException(badDate(date));
		}
	}

	private static String badDate(String date) {
		return "'" + date + "' is not a date; write 2019, 2019-03 or 2019-03-14";
	}
}
