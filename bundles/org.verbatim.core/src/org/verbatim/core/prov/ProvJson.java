package org.verbatim.core.prov;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The canonical serialisation of a record: JSON with object keys in code-point order, no white
 * space, every value a string, only {@code "}, {@code \} and control characters escaped (as
 * backslash-u and four lower-case hex digits), instants in ISO-8601 UTC. The same record always
 * gives the same characters, so its hash can be computed again by anyone who reads the format.
 */
public final class ProvJson {

	private ProvJson() {
	}

	/** The canonical form of record {@code seq} with {@code content}. */
	public static String canonical(long seq, ProvDraft content) {
		StringBuilder out = new StringBuilder(512);
		out.append("{\"activities\":[");
		for (int i = 0; i < content.activities().size(); i++) {
			ProvActivity a = content.activities().get(i);
			out.append(i == 0 ? "{" : ",{");
			out.append("\"attributes\":");
			map(out, a.attributes());
			field(out, "endedAt", a.endedAt().toString());
			field(out, "id", a.id());
			field(out, "startedAt", a.startedAt().toString());
			field(out, "type", a.type());
			out.append('}');
		}
		out.append("],\"agents\":[");
		for (int i = 0; i < content.agents().size(); i++) {
			ProvAgent a = content.agents().get(i);
			out.append(i == 0 ? "{" : ",{");
			out.append("\"id\":");
			string(out, a.id());
			field(out, "kind", a.kind());
			field(out, "name", a.name());
			a.version().ifPresent(v -> field(out, "version", v));
			out.append('}');
		}
		out.append(']');
		field(out, "at", content.at().toString());
		field(out, "change", content.change());
		out.append(",\"entities\":[");
		for (int i = 0; i < content.entities().size(); i++) {
			ProvEntity e = content.entities().get(i);
			out.append(i == 0 ? "{" : ",{");
			out.append("\"attributes\":");
			map(out, e.attributes());
			field(out, "id", e.id());
			field(out, "type", e.type());
			out.append('}');
		}
		out.append("],\"relations\":[");
		for (int i = 0; i < content.relations().size(); i++) {
			ProvRelation r = content.relations().get(i);
			out.append(i == 0 ? "{" : ",{");
			out.append("\"object\":");
			string(out, r.object());
			r.role().ifPresent(role -> field(out, "role", role));
			field(out, "subject", r.subject());
			field(out, "type", r.type());
			out.append('}');
		}
		out.append(']');
		field(out, "seq", Long.toString(seq));
		return out.append('}').toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append(',');
		string(out, name);
		out.append(':');
		string(out, value);
	}

	private static void map(StringBuilder out, Map<String, String> values) {
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string(out, e.getKey());
			out.append(':');
			string(out, e.getValue());
		}
		out.append('}');
	}

	/** Appends {@code s} as a JSON string in the canonical escaping. */
	public static void string(StringBuilder out, String s) {
		out.append('"');
		if (!needsEscapes(s)) {
			// most values: appended whole, which is much faster than character by character
			out.append(s).append('"');
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20) {
				out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		out.append('"');
	}

	private static boolean needsEscapes(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"' || c == '\\' || c < 0x20) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads a record's canonical form back.
	 *
	 * @return the record's number and content
	 * @throws IllegalArgumentException when {@code json} is not a record in this format
	 */
	public static Parsed parse(String json) {
		Reader reader = new Reader(json);
		Object value = reader.value();
		reader.end();
		Map<String, Object> top = object(value, "record");
		try {
			long seq = Long.parseLong(text(top, "seq"));
			List<ProvActivity> activities = new ArrayList<>();
			for (Object o : list(top, "activities")) {
				Map<String, Object> a = object(o, "activity");
				activities.add(new ProvActivity(text(a, "id"), text(a, "type"), Instant.parse(text(a, "startedAt")),
						Instant.parse(text(a, "endedAt")), strings(a, "attributes")));
			}
			List<ProvAgent> agents = new ArrayList<>();
			for (Object o : list(top, "agents")) {
				Map<String, Object> a = object(o, "agent");
				agents.add(new ProvAgent(text(a, "id"), text(a, "kind"), text(a, "name"),
						a.containsKey("version") ? Optional.of(text(a, "version")) : Optional.empty()));
			}
			List<ProvEntity> entities = new ArrayList<>();
			for (Object o : list(top, "entities")) {
				Map<String, Object> e = object(o, "entity");
				entities.add(new ProvEntity(text(e, "id"), text(e, "type"), strings(e, "attributes")));
			}
			List<ProvRelation> relations = new ArrayList<>();
			for (Object o : list(top, "relations")) {
				Map<String, Object> r = object(o, "relation");
				relations.add(new ProvRelation(text(r, "type"), text(r, "subject"), text(r, "object"),
						r.containsKey("role") ? Optional.of(text(r, "role")) : Optional.empty()));
			}
			return new Parsed(seq, new ProvDraft(text(top, "change"), Instant.parse(text(top, "at")), activities,
					entities, agents, relations));
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException("a record has a malformed number or time: " + e.getMessage(), e);
		}
	}

	/** A parsed record: its number and content. */
	public record Parsed(long seq, ProvDraft content) {
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("a record's " + what + " is not a JSON object");
	}

	private static List<?> list(Map<String, Object> object, String name) {
		if (object.get(name) instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException("a record has no list \"" + name + "\"");
	}

	private static String text(Map<String, Object> object, String name) {
		if (object.get(name) instanceof String s) {
			return s;
		}
		throw new IllegalArgumentException("a record has no text \"" + name + "\"");
	}

	private static Map<String, String> strings(Map<String, Object> object, String name) {
		Map<String, String> result = new TreeMap<>();
		for (Map.Entry<String, Object> e : object(object.get(name), name).entrySet()) {
			if (!(e.getValue() instanceof String s)) {
				throw new IllegalArgumentException("a record's attribute \"" + e.getKey() + "\" is not text");
			}
			result.put(e.getKey(), s);
		}
		return result;
	}

	/** A strict reader of the JSON subset the canonical form uses: objects, arrays and strings. */
	private static final class Reader {

		private final String in;

		private int at;

		Reader(String in) {
			this.in = in;
		}

		Object value() {
			if (at >= in.length()) {
				throw problem("ends early");
			}
			char c = in.charAt(at);
			if (c == '{') {
				at++;
				Map<String, Object> map = new LinkedHashMap<>();
				if (peek('}')) {
					return map;
				}
				do {
					String key = string();
					expect(':');
					if (map.put(key, value()) != null) {
						throw problem("repeats the key \"" + key + "\"");
					}
				} while (peek(','));
				expect('}');
				return map;
			}
			if (c == '[') {
				at++;
				List<Object> list = new ArrayList<>();
				if (peek(']')) {
					return list;
				}
				do {
					list.add(value());
				} while (peek(','));
				expect(']');
				return list;
			}
			return string();
		}

		private String string() {
			expect('"');
			// most strings have no escape: taken whole up to their closing quote
			for (int i = at; i < in.length(); i++) {
				char c = in.charAt(i);
				if (c == '"') {
					String whole = in.substring(at, i);
					at = i + 1;
					return whole;
				}
				if (c == '\\') {
					break;
				}
			}
			StringBuilder out = new StringBuilder();
			while (true) {
				if (at >= in.length()) {
					throw problem("has an unterminated string");
				}
				char c = in.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c == '\\') {
					if (at >= in.length()) {
						throw problem("has an unterminated escape");
					}
					char e = in.charAt(at++);
					if (e == 'u' && at + 4 <= in.length()) {
						try {
							out.append((char) Integer.parseInt(in.substring(at, at + 4), 16));
						} catch (NumberFormatException x) {
							throw problem("has a bad \\u escape");
						}
						at += 4;
					} else if (e == '"' || e == '\\' || e == '/') {
						out.append(e);
					} else {
						throw problem("has an escape the canonical form does not use");
					}
				} else {
					out.append(c);
				}
			}
		}

		private boolean peek(char c) {
			if (at < in.length() && in.charAt(at) == c) {
				at++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw problem("expected '" + c + "'");
			}
		}

		void end() {
			if (at != in.length()) {
				throw problem("has text after its end");
			}
		}

		private IllegalArgumentException problem(String what) {
			return new IllegalArgumentException("the record " + what + " at character " + at);
		}
	}
}
