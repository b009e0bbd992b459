package org.verbatim.importer.internal.decode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells HTML from plain text. A media type the server or the file name states is believed when it
 * is one of the two; anything vaguer (no header, {@code application/octet-stream},
 * {@code text/xml}) is decided by the start of the content, with the tag list browsers use (WHATWG
 * MIME Sniffing: a page that starts, after white space, with {@code <!DOCTYPE HTML}, {@code <html},
 * {@code <head}, {@code <body}, {@code <p} and the like is HTML).
 */
final class MediaTypeSniffer {

	private static final List<String> HTML_STARTS = List.of("<!doctype html", "<html", "<head", "<script",
			"<iframe", "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p",
			"<!--");

	private MediaTypeSniffer() {
	}

	/** {@code text/html} or {@code text/plain} when {@code stated} is clearly one of them. */
	static Optional<String> believe(String stated) {
		return switch (stated.strip().toLowerCase(Locale.ROOT)) {
			case "text/html", "application/xhtml+xml" -> Optional.of(DocumentDecoder.TEXT_HTML);
			case "text/plain" -> Optional.of(DocumentDecoder.TEXT_PLAIN);
			default -> Optional.empty();
		};
	}

	/** {@code text/html} when {@code head} (the start of the text) opens like an HTML page. */
	static String sniff(String head) {
		String text = head.toLowerCase(Locale.ROOT);
		int i = skipSpace(text, 0);
		if (text.startsWith("<?xml", i)) {
			// XHTML: the doctype or root element follows the XML declaration
			int end = text.indexOf("?>", i);
			i = end < 0 ? text.length() : skipSpace(text, end + 2);
		}
		for (String start : HTML_STARTS) {
			if (text.startsWith(start, i)) {
				int after = i + start.length();
				// "<a" must be the tag <a>, not the start of "<abc>"; the browser rule wants a space or '>'
				if (after == text.length() || text.charAt(after) == ' ' || text.charAt(after) == '>'
						|| Character.isWhitespace(text.charAt(after))) {
					return DocumentDecoder.TEXT_HTML;
				}
			}
		}
		return DocumentDecoder.TEXT_PLAIN;
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
			i++;
		}
		return i;
	}
}
