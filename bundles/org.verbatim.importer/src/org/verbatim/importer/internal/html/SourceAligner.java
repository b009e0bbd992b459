package org.verbatim.importer.internal.html;

import org.jsoup.parser.Parser;

/**
 * Lines up the decoded text of a text node with the raw source it was parsed from, so that each
 * decoded character is either a copy of one source character or part of the decoding of one
 * character reference ({@code &amp;}, {@code &#8217;}, ...).
 */
final class SourceAligner {

	/** Receives the decoded characters in order, each with the source it stands for. */
	interface Sink {

		/** {@code c} is the source character at {@code sourceIndex}. */
		void copy(char c, int sourceIndex);

		/** {@code decoded} is the decoding of the character reference at {@code [start, end)}. */
		void reference(String decoded, int start, int end);
	}

	private static final int LONGEST_REFERENCE = 40;

	private SourceAligner() {
	}

	/**
	 * Feeds {@code decoded}, which the parser read from {@code source[start, end)}, to {@code sink}.
	 * Source characters the parser dropped (a carriage return before a line feed, say) are skipped;
	 * decoded characters that cannot be lined up with the source are left out rather than mapped
	 * wrongly.
	 */
	static void align(String source, int start, int end, String decoded, Sink sink) {
		int i = 0;
		int j = Math.max(0, start);
		int limit = Math.min(end, source.length());
		while (i < decoded.length() && j < limit) {
			char raw = source.charAt(j);
			char dec = decoded.charAt(i);
			if (raw == '&') {
				int referenceEnd = referenceEnd(source, j, limit);
				if (referenceEnd > j + 1) {
					String reference = source.substring(j, referenceEnd);
					String value = Parser.unescapeEntities(reference, false);
					if (!value.equals(reference) && decoded.startsWith(value, i)) {
						sink.reference(value, j, referenceEnd);
						i += value.length();
						j = referenceEnd;
						continue;
					}
				}
			}
			if (raw == dec) {
				sink.copy(dec, j);
				i++;
				j++;
			} else if (dec == '\uFFFD' && raw == '\0') {
				// the parser replaces NUL; the replacement has no source text to copy, so it is left out
				i++;
				j++;
			} else {
				j++;
			}
		}
	}

	/** One past the end of the character reference that may start at {@code at}. */
	private static int referenceEnd(String source, int at, int limit) {
		int k = at + 1;
		int max = Math.min(limit, at + LONGEST_REFERENCE);
		if (k < max && source.charAt(k) == '#') {
			k++;
			boolean hex = k < max && (source.charAt(k) == 'x' || source.charAt(k) == 'X');
			if (hex) {
				k++;
			}
			while (k < max && (hex ? Character.digit(source.charAt(k), 16) >= 0 : isAsciiDigit(source.charAt(k)))) {
				k++;
			}
		} else {
			while (k < max && isAsciiLetterOrDigit(source.charAt(k))) {
				k++;
			}
		}
		if (k < max && source.charAt(k) == ';') {
			k++;
		}
		return k;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return isAsciiDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}
}
