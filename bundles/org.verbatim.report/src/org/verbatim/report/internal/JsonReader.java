package org.verbatim.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (RFC 8259) into maps, lists, strings, numbers ({@code Long} or {@code Double}),
 * booleans and null: enough to read back the annotations a report embeds.
 */
final class JsonReader {

	private final String in;

	private int at;

	private JsonReader(String in) {
		this.in = in;
	}

	/** The value {@code json} holds; {@link IllegalArgumentException} when it is not JSON. */
	static Object parse(String json) {
		JsonReader reader = new JsonReader(json);
		Object value = reader.value();
		reader.blank();
		if (reader.at != json.length()) {
			throw reader.problem("text after the end");
		}
		return value;
	}

	private Object value() {
		blank();
		if (at >= in.length()) {
			throw problem("an early end");
		}
		char c = in.charAt(at);
		switch (c) {
		case '{' -> {
			at++;
			Map<String, Object> map = new LinkedHashMap<>();
			blank();
			if (take('}')) {
				return map;
			}
			do {
				blank();
				String key = string();
				blank();
				expect(':');
				map.put(key, value());
				blank();
			} while (take(','));
			expect('}');
			return map;
		}
		case '[' -> {
			at++;
			List<Object> list = new ArrayList<>();
			blank();
			if (take(']')) {
				return list;
			}
			do {
				list.add(value());
				blank();
			} while (take(','));
			expect(']');
			return list;
		}
		case '"' -> {
			return string();
		}
		default -> {
			if (in.startsWith("true", at)) {
				at += 4;
				return Boolean.TRUE;
			}
			if (in.startsWith("false", at)) {
				at += 5;
				return Boolean.FALSE;
			}
			if (in.startsWith("null", at)) {
				at += 4;
				return null;
			}
			return number();
		}
		}
	}

	private Object number() {
		int start = at;
		while (at < in.length() && "+-0123456789.eE".indexOf(in.charAt(at)) >= 0) {
			at++;
		}
		String text = in.substring(start, at);
		try {
			return text.contains(".") || text.contains("e") || text.contains("E") ? (Object) Double.parseDouble(text)
					: (Object) Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw problem("a malformed value");
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= in.length()) {
				throw problem("an unterminated string");
			}
			char c = in.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (at >= in.length()) {
				throw problem("an unterminated escape");
			}
			char e = in.charAt(at++);
			switch (e) {
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				if (at + 4 > in.length()) {
					throw problem("a short unicode escape");
				}
				try {
					out.append((char) Integer.parseInt(in.substring(at, at + 4), 16));
				} catch (NumberFormatException x) {
					throw problem("a bad unicode escape");
				}
				at += 4;
			}
			default -> out.append(e);
			}
		}
	}

	private void blank() {
		while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
			at++;
		}
	}

	private boolean take(char c) {
		if (at < in.length() && in.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!take(c)) {
			throw problem("'" + c + "' expected");
		}
	}

	private IllegalArgumentException problem(String what) {
		return new IllegalArgumentException("malformed JSON: " + what + " at character " + at);
	}
}
