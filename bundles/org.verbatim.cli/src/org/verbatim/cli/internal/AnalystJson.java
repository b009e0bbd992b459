package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.Excerpt;

/** The JSON shapes of excerpts and analyst changes, the same in every command's output. */
final class AnalystJson {

	private AnalystJson() {
	}

	/** An excerpt with all three of its anchors. */
	static Map<String, Object> of(Excerpt e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id().toString());
		json.put("statement", e.statement().toString());
		json.put("start", e.clean().start());
		json.put("end", e.clean().end());
		json.put("quote", e.quote());
		json.put("prefix", e.prefix());
		json.put("suffix", e.suffix());
		json.put("original_sha256", e.original().sha256());
		json.put("original_start", e.originalSpan().start());
		json.put("original_end", e.originalSpan().end());
		json.put("note", e.note());
		json.put("created_at", e.createdAt().toString());
		json.put("tags", e.tags());
		json.put("withdrawn", e.withdrawn());
		return json;
	}

	/** An analyst change, with the record that undid it, if any. */
	static Map<String, Object> of(AnalystChange c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("record", c.record());
		json.put("change", c.change());
		json.put("target", c.target());
		json.put("description", c.description());
		json.put("at", c.at().toString());
		json.put("undone_by", c.undoneBy());
		return json;
	}

	/** The quote on one line, cut to {@code max} characters, in double quotes. */
	static String shortQuote(String quote, int max) {
		String oneLine = quote.replaceAll("\\s+", " ").strip();
		return "\"" + (oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…") + "\"";
	}
}
