package org.verbatim.search.internal;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.verbatim.search.SearchException;

/**
 * Turns what Lucene says about a bad query (several lines of parser states) into one sentence an
 * analyst can act on. Checks that are cheap to make before parsing are made here too.
 */
final class QueryProblems {

	/** Longer queries are refused before parsing. */
	static final int MAX_QUERY_CHARS = 20_000;

	private QueryProblems() {
	}

	/** Refuses queries that are empty, too long or have too many words, before any parsing. */
	static void checkSize(String query) throws SearchException {
		if (query.isBlank()) {
			throw new SearchException("the query is empty; give at least one word");
		}
		if (query.length() > MAX_QUERY_CHARS) {
			throw new SearchException("the query has " + query.length() + " characters; at most " + MAX_QUERY_CHARS
					+ " are allowed, split it into several searches");
		}
		long words = query.strip().split("\\s+").length;
		if (words > IndexSearcher.getMaxClauseCount()) {
			throw tooManyTerms(words);
		}
	}

	static SearchException tooManyTerms(long words) {
		return new SearchException("the query has " + (words > 0 ? words + " " : "too many ") + "terms; at most "
				+ IndexSearcher.getMaxClauseCount() + " are allowed (wildcards and fuzzy terms count every word they "
				+ "match), narrow it down");
	}

	/** The one-line message for a query Lucene could not parse. */
	static SearchException unparsable(String query, Throwable problem) {
		String message = String.valueOf(problem.getMessage());
		if (message.contains("not allowed as first character")) {
			return new SearchException("a word of the query starts with * or ?, which would scan every word of the "
					+ "project; put at least one letter before the wildcard");
		}
		Throwable cause = problem;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof ParseException p && p.currentToken == null && !p.getMessage().startsWith("Cannot parse")) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof IndexSearcher.TooManyClauses) {
			return tooManyTerms(0);
		}
		if (cause instanceof TooComplexToDeterminizeException) {
			return new SearchException("the regular expression in the query is too complex to run; simplify it");
		}
		if (cause instanceof ParseException p && p.currentToken == null && !p.getMessage().startsWith("Cannot parse")) {
			return new SearchException(p.getMessage());
		}
		if (cause instanceof IllegalArgumentException && query.contains("/")) {
			return new SearchException("the regular expression in the query is not valid (" + cause.getMessage()
					+ "); check its brackets, or write \\/ for a plain slash");
		}
		if (count(query, '"') % 2 != 0) {
			return new SearchException("the query has an unbalanced quote (\"); close the phrase or remove the quote");
		}
		if (count(query, '(') != count(query, ')')) {
			return new SearchException("the query has unbalanced parentheses; close every ( with a )");
		}
		if (count(query, '[') + count(query, '{') != count(query, ']') + count(query, '}')) {
			return new SearchException("the query has an unclosed range; write it as issued:[2019 TO 2021]");
		}
		if (count(query, '/') % 2 != 0) {
			return new SearchException("the query has an unclosed regular expression (/); close it or write \\/");
		}
		if (problem instanceof TokenMgrError || cause instanceof TokenMgrError) {
			return new SearchException("the query has a character that cannot stand there; quote it or put \\ before it");
		}
		return new SearchException("the query cannot be read near " + near(message)
				+ "; check AND/OR/NOT, quotes and brackets (the README's \"Searching\" shows the syntax)");
	}

	private static String near(String message) {
		int at = message.indexOf("Encountered ");
		if (at >= 0) {
			String rest = message.substring(at + "Encountered ".length());
			int end = rest.indexOf(" at line");
			return (end > 0 ? rest.substring(0, end) : rest.lines().findFirst().orElse(rest)).strip();
		}
		return "'" + message.lines().findFirst().orElse(message).strip() + "'";
	}

	private static long count(String text, char c) {
		long n = 0;
		boolean escaped = false;
		for (int i = 0; i < text.length(); i++) {
			char here = text.charAt(i);
			if (escaped) {
				escaped = false;
			} else if (here == '\\') {
				escaped = true;
			} else if (here == c) {
				n++;
			}
		}
		return n;
	}
}
