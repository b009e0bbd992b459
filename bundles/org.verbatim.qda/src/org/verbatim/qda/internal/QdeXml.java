package org.verbatim.qda.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of the project.qde XML, one element per line indented with tabs. It escapes what
 * XML needs escaped, and also line ends and tabs in attribute values and carriage returns in text
 * (which a parser would otherwise normalise away); characters XML 1.0 cannot carry at all become
 * U+FFFD.
 */
final class QdeXml {

	private final StringBuilder out = new StringBuilder(4096);

	private final Deque<String> open = new ArrayDeque<>();

	/** Whether the last start tag is still open for attributes. */
	private boolean inStartTag;

	QdeXml() {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	}

	/** Opens element {@code name}; attributes may follow. */
	QdeXml start(String name) {
		closeStartTag();
		if (!open.isEmpty()) {
			out.append('\n');
		}
		out.append("\t".repeat(open.size())).append('<').append(name);
		open.push(name);
		inStartTag = true;
		return this;
	}

	/** Adds an attribute to the element just opened. */
	QdeXml attribute(String name, String value) {
		if (!inStartTag) {
			throw new IllegalStateException("attribute " + name + " after the content of <" + open.peek() + ">");
		}
		out.append(' ').append(name).append("=\"");
		escape(value, true);
		out.append('"');
		return this;
	}

	/** Writes {@code text} as the whole content of the element just opened, and closes it. */
	QdeXml text(String text) {
		closeStartTag();
		escape(text, false);
		out.append("</").append(open.pop()).append('>');
		return this;
	}

	/** Writes a whole element with {@code text} as its content. */
	QdeXml element(String name, String text) {
		return start(name).text(text);
	}

	/** Closes the innermost open element. */
	QdeXml end() {
		String name = open.pop();
		if (inStartTag) {
			out.append("/>");
			inStartTag = false;
		} else {
			out.append('\n').append("\t".repeat(open.size())).append("</").append(name).append('>');
		}
		return this;
	}

	/** The document; every element must be closed. */
	String document() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("<" + open.peek() + "> is not closed");
		}
		return out.append('\n').toString();
	}

	private void closeStartTag() {
		if (inStartTag) {
			out.append('>');
			inStartTag = false;
		}
	}

	private void escape(String text, boolean attribute) {
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append(attribute ? "&quot;" : "\"");
			case '\r' -> out.append("&#13;");
			case '\n' -> out.append(attribute ? "&#10;" : "\n");
			case '\t' -> out.append(attribute ? "&#9;" : "\t");
			default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
			}
		});
	}

	/** Whether XML 1.0 allows character {@code c} (a lone surrogate is not a character). */
	private static boolean allowed(int c) {
		return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
	}
}
