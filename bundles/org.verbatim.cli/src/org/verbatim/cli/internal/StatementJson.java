package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.verbatim.core.Statement;

/** The JSON shape of a statement, the same in every command's output. */
final class StatementJson {

	private StatementJson() {
	}

	/** Everything but the text. */
	static Map<String, Object> summary(Statement s) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", s.id().toString());
		json.put("title", s.title());
		json.put("label", s.label());
		json.put("source", s.source());
		json.put("sha256", s.original().sha256());
		json.put("bytes", s.original().size());
		json.put("charset", s.charset());
		json.put("charset_rule", s.charsetRule());
		json.put("imported_at", s.importedAt().toString());
		json.put("chars", s.text().length());
		return json;
	}

	/** The summary plus the text. */
	static Map<String, Object> full(Statement s) {
		Map<String, Object> json = summary(s);
		json.put("text", s.text());
		return json;
	}
}
