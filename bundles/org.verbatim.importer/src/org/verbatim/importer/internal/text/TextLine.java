package org.verbatim.importer.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: where it is, and where its content is once the white space around it is left
 * out. Line ends are {@code \n}, {@code \r\n} and a lone {@code \r}.
 *
 * @param start        first character of the line
 * @param end          one past its last character, line end excluded
 * @param contentStart first character that is not white space ({@code == contentEnd} for a blank line)
 * @param contentEnd   one past the last character that is not white space
 */
record TextLine(int start, int end, int contentStart, int contentEnd) {

	boolean blank() {
		return contentStart == contentEnd;
	}

	String content(String text) {
		return text.substring(contentStart, contentEnd);
	}

	/** The lines of {@code text}, in one pass. */
	static List<TextLine> split(String text) {
		List<TextLine> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		while (start <= length) {
			int end = start;
			while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			lines.add(of(text, start, end));
			if (end == length) {
				break;
			}
			start = end + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? 2 : 1);
		}
		return lines;
	}

	private static TextLine of(String text, int start, int end) {
		int contentStart = start;
		while (contentStart < end && isSpace(text.charAt(contentStart))) {
			contentStart++;
		}
		int contentEnd = end;
		while (contentEnd > contentStart && isSpace(text.charAt(contentEnd - 1))) {
			contentEnd--;
		}
		return new TextLine(start, end, contentStart, contentEnd);
	}

	/** White space as cleaning sees it: Java white space and Unicode space separators (no-break space). */
	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
