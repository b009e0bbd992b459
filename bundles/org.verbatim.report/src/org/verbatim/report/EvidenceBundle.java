package org.verbatim.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.verbatim.core.Statement;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.report.internal.ReportData;

/**
 * A portable evidence bundle for a report: a ZIP of the archived originals its quotes cite
 * ({@code originals/<sha256>}), the quotes' W3C Web Annotations ({@code annotations.json}) and the
 * provenance records that made the cited statements and excerpts, exactly as stored with their
 * hashes ({@code provenance.jsonl}), so that a reader without the project can check every quote.
 */
public final class EvidenceBundle {

	/** The folder of the originals inside the bundle. */
	public static final String ORIGINALS = "originals/";

	/** The largest original a bundle's reader accepts (the import's own limit). */
	static final int MOST_BYTES = 64 * 1024 * 1024;

	private EvidenceBundle() {
	}

	/** Writes the bundle of {@code report}'s quotes, read from {@code project}, to {@code out}. */
	public static void write(Report report, Project project, OutputStream out) throws IOException, StoreException {
		ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
		Map<String, Statement> cited = new LinkedHashMap<>();
		Set<String> entities = new LinkedHashSet<>();
		for (ReportQuote q : report.quotes()) {
			Statement statement = project.statement(q.statement()).orElseThrow(
					() -> new StoreException("statement " + q.statement() + " of excerpt " + q.excerpt() + " is missing"));
			cited.putIfAbsent(q.originalSha256(), statement);
			entities.add(ProvIds.excerpt(q.excerpt(), 1));
			entities.add(ProvIds.statement(q.statement(), 1));
		}
		for (Map.Entry<String, Statement> e : cited.entrySet()) {
			zip.putNextEntry(new ZipEntry(ORIGINALS + e.getKey()));
			zip.write(project.readOriginal(e.getValue().original()));
			zip.closeEntry();
		}
		zip.putNextEntry(new ZipEntry("annotations.json"));
		zip.write(ReportData.annotationsJson(report).getBytes(UTF_8));
		zip.closeEntry();
		Map<Long, ProvEntry> records = new TreeMap<>();
		for (String entity : entities) {
			for (ProvEntry entry : project.provenanceAbout(entity)) {
				records.put(entry.seq(), entry);
			}
		}
		StringBuilder lines = new StringBuilder();
		for (ProvEntry entry : records.values()) {
			lines.append(ReportData.provenanceLine(entry)).append('\n');
		}
		zip.putNextEntry(new ZipEntry("provenance.jsonl"));
		zip.write(lines.toString().getBytes(UTF_8));
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry("README.txt"));
		zip.write(("Evidence for the report \"" + report.title() + "\" made with Verbatim.\n\n"
				+ "originals/<sha256>  the archived originals the quotes cite, byte for byte; each file's SHA-256 is its name\n"
				+ "annotations.json    each quote as a W3C Web Annotation: the exact words, the text around them, and where\n"
				+ "                    they stand in the original decoded with the named charset\n"
				+ "provenance.jsonl    the provenance records that made the cited statements and excerpts, one per line:\n"
				+ "                    seq, previous_hash, hash and the record in canonical JSON; hash = SHA-256 of\n"
				+ "                    previous_hash, a line feed and the record\n\n"
				+ "Check the report with: verbatim verify-report REPORT --bundle THIS.zip\n").getBytes(UTF_8));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}
}
