package org.verbatim.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal recursive-descent JSON reader for {@code gold.json} (the target platform has no JSON
 * library): objects become {@link Map}s in document order, arrays {@link List}s, numbers
 * {@link Double}s, {@code null} becomes {@code null}. It fails loudly on anything it does not
 * understand, so a test never passes on a misread file.
 */
final class GoldJson {

	private final String text;
	private int pos;

	private GoldJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		GoldJson reader = new GoldJson(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.pos != text.length()) {
			throw reader.error("trailing text");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
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
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (peek('}')) {
			return map;
		}
		do {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			map.put(key, value());
			skipSpace();
		} while (peek(','));
		expect('}');
		return map;
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		skipSpace();
		if (peek(']')) {
			return list;
		}
		do {
			list.add(value());
			skipSpace();
		} while (peek(','));
		expect(']');
		return list;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = text.charAt(pos++);
			switch (e) {
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				pos += 4;
			}
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			case 'r' -> out.append('\r');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case '"', '\\', '/' -> out.append(e);
			default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Double number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		if (start == pos) {
			throw error("unexpected character '" + text.charAt(pos) + "'");
		}
		return Double.valueOf(text.substring(start, pos));
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("expected " + word);
		}
		pos += word.length();
		return value;
	}

	private boolean peek(char c) {
		if (pos < text.length() && text.charAt(pos) == c) {
			pos++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("gold.json: " + what + " at offset " + pos);
	}
}
