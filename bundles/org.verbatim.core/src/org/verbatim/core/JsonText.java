package org.verbatim.core;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes JSON on one line: maps (in their iteration order), lists, strings, numbers, booleans,
 * {@link Optional}s (empty is {@code null}) and null. For the command line's {@code --json} output
 * and the data that reports embed.
 */
public final class JsonText {

	private JsonText() {
	}

	/** The JSON text of {@code value}. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value, false);
		return out.toString();
	}

	/**
	 * The JSON text of {@code value} with {@code <}, {@code >} and {@code &} written as escapes too,
	 * so that it can stand inside an HTML {@code script} element without ending it.
	 */
	public static String writeForHtml(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value, true);
		return out.toString();
	}

	private static void append(StringBuilder out, Object value, boolean html) {
		if (value instanceof Optional<?> optional) {
			append(out, optional.orElse(null), html);
		} else if (value == null) {
			out.append("null");
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				string(out, String.valueOf(entry.getKey()), html);
				out.append(':');
				append(out, entry.getValue(), html);
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				append(out, list.get(i), html);
			}
			out.append(']');
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else {
			string(out, value.toString(), html);
		}
	}

	private static void string(StringBuilder out, String s, boolean html) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029 || html && (c == '<' || c == '>' || c == '&')) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
