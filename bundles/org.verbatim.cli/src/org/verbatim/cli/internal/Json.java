package org.verbatim.cli.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the JSON the commands print with {@code --json}: maps (in their iteration order), lists,
 * strings, numbers, booleans, {@link Optional}s (empty is {@code null}) and null.
 */
final class Json {

	private Json() {
	}

	/** The JSON text of {@code value}, on one line. */
	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value);
		return out.toString();
	}

	private static void append(StringBuilder out, Object value) {
		if (value instanceof Optional<?> optional) {
			append(out, optional.orElse(null));
		} else if (value == null) {
			out.append("null");
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				string(out, String.valueOf(entry.getKey()));
				out.append(':');
				append(out, entry.getValue());
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
				append(out, list.get(i));
			}
			out.append(']');
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else {
			string(out, value.toString());
		}
	}

	private static void string(StringBuilder out, String s) {
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
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
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
