package org.verbatim.search;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a hit's clean text around what matched (keyword in context). Offsets are in the
 * statement's clean text, so a viewer can open the statement at the hit.
 *
 * @param text       the fragment, exactly {@code cleanText.substring(start, start + text.length())}
 * @param start      where the fragment starts in the clean text
 * @param highlights what matched, as clean-text ranges inside the fragment
 */
public record Snippet(String text, int start, List<Range> highlights) {

	public Snippet {
		Objects.requireNonNull(text, "text");
		highlights = List.copyOf(highlights);
		if (start < 0) {
			throw new IllegalArgumentException("start " + start);
		}
	}

	/** Where the fragment ends in the clean text (exclusive). */
	public int end() {
		return start + text.length();
	}

	/**
	 * A matched range.
	 *
	 * @param start first character, in clean-text offsets
	 * @param end   after the last character
	 */
	public record Range(int start, int end) {

		public Range {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("range " + start + ".." + end);
			}
		}
	}
}
