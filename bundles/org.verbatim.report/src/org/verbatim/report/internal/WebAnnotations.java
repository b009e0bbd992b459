package org.verbatim.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.report.ReportQuote;

/**
 * A quote as a W3C Web Annotation: its target is the archived original, named by source and
 * SHA-256, selected three ways (quote with prefix and suffix, position in the clean text, position
 * in the decoded original), so that any reader can find and check the words.
 */
final class WebAnnotations {

	private WebAnnotations() {
	}

	static Map<String, Object> of(ReportQuote q) {
		Map<String, Object> quote = new LinkedHashMap<>();
		quote.put("type", "TextQuoteSelector");
		quote.put("exact", q.quote());
		quote.put("prefix", q.prefix());
		quote.put("suffix", q.suffix());
		Map<String, Object> clean = new LinkedHashMap<>();
		clean.put("type", "TextPositionSelector");
		clean.put("start", q.cleanStart());
		clean.put("end", q.cleanEnd());
		clean.put("verbatim:of", "clean-text of " + q.statement());
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("type", "TextPositionSelector");
		original.put("start", q.originalStart());
		original.put("end", q.originalEnd());
		original.put("verbatim:of", "original decoded as " + q.charset());
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("source", q.source());
		target.put("verbatim:originalSha256", q.originalSha256());
		target.put("verbatim:charset", q.charset());
		target.put("selector", List.of(quote, clean, original));
		Map<String, Object> annotation = new LinkedHashMap<>();
		annotation.put("@context", "http://www.w3.org/ns/anno.jsonld");
		annotation.put("id", "urn:verbatim:excerpt:" + q.excerpt());
		annotation.put("type", "Annotation");
		annotation.put("motivation", "quoting");
		annotation.put("target", target);
		annotation.put("verbatim:statement", q.statement().toString());
		annotation.put("verbatim:provenanceRecord", q.record());
		annotation.put("verbatim:provenanceRecordHash", q.recordHash());
		return annotation;
	}
}
