package org.verbatim.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.core.JsonText;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.provenance.ProvExport;
import org.verbatim.provenance.ProvGraph;
import org.verbatim.report.Report;

/** The machine-readable parts reports and evidence bundles share. */
public final class ReportData {

	private ReportData() {
	}

	/** The report's quotes as a JSON list of W3C Web Annotations. */
	public static String annotationsJson(Report report) {
		List<Object> annotations = report.quotes().stream().map(q -> (Object) WebAnnotations.of(q)).toList();
		return JsonText.writeForHtml(annotations);
	}

	/**
	 * The lineage of the report's quotes (see {@link Report#lineage()}) as PROV-JSON, written by the
	 * provenance bundle's exporter, with {@code <}, {@code >} and {@code &} as JSON escapes so that it
	 * can stand inside an HTML {@code script} element. (Outside strings JSON has none of the three, so
	 * escaping them everywhere leaves the same JSON value.)
	 */
	public static String provenanceJsonForHtml(Report report) {
		String json = ProvExport.toText(ProvGraph.of(report.lineage()), report.namespace(), ProvExport.Format.PROV_JSON);
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/** One stored provenance record as a JSON line. */
	public static String provenanceLine(ProvEntry entry) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("seq", entry.seq());
		line.put("previous_hash", entry.previousHash());
		line.put("hash", entry.hash());
		line.put("record", entry.canonical());
		return JsonText.writeForHtml(line);
	}

	/** Reads JSON; {@link IllegalArgumentException} when it is not JSON. */
	public static Object parseJson(String json) {
		return JsonReader.parse(json);
	}
}
