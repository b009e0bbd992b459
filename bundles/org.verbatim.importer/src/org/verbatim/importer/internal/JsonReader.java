package org.verbatim.importer.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into plain Java values: objects as {@link LinkedHashMap} in document order,
 * arrays as {@link List}, strings, numbers as {@link BigDecimal}, booleans and {@code null}. Enough for
 * the evaluation data files (benchmark ground truth, gold metadata); the target platform has no JSON library, and the importer needs none.
 */
public final class JsonReader {

	private final String text;
	private int at;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * The value of a whole JSON text.
	 *
	 * @throws IllegalArgumentException naming the character offset where the text stops being JSON
	 */
	public static Object read(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.space();
		if (reader.at != text.length()) {
			throw reader.error("end of the text");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("a value");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			at++;
			return object;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a member name");
			}
			String name = string();
			space();
			expect(':');
			object.put(name, value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect('}');
				return object;
			}
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			at++;
			return array;
		}
		while (true) {
			array.add(value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect(']');
				return array;
			}
		}
	}

	private String string() {
		at++;
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("the end of a string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (at >= text.length()) {
				throw error("an escape");
			}
			char e = text.charAt(at++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("four hex digits");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				} catch (NumberFormatException x) {
					throw error("four hex digits");
				}
				at += 4;
			}
			default -> throw error("an escape");
			}
		}
	}

	private BigDecimal number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		try {
			return new BigDecimal(text.substring(start, at));
		} catch (NumberFormatException e) {
			at = start;
			throw error("a value");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("a value");
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "'");
		}
		at++;
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("not JSON: expected " + expected + " at character " + at);
	}
}
