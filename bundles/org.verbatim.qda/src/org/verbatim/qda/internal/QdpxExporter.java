package org.verbatim.qda.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;

/**
 * Writes a report as a REFI-QDA project exchange file (.qdpx), which ATLAS.ti, MAXQDA, NVivo, QDA
 * Miner, QualCoder and other qualitative-analysis tools import: a ZIP of {@code project.qde} and the
 * quoted statements' texts under {@code sources/} (see {@link QdaProject}). Entries are written in a
 * fixed order with the report's time, so the same report gives the same bytes.
 */
@Component(service = ReportExporter.class)
public final class QdpxExporter implements ReportExporter {

	/** The exporter Declarative Services creates. */
	public QdpxExporter() {
	}

	@Override
	public String format() {
		return "qdpx";
	}

	@Override
	public String fileExtension() {
		return "qdpx";
	}

	@Override
	public String description() {
		return "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo and other QDA tools: statements, quotes, tags as codes";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		QdaProject project = QdaProject.of(report);
		// DOS times without a zone: the report's UTC time, whatever the machine's zone
		LocalDateTime time = LocalDateTime.ofInstant(report.createdAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
		ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
		zip.setLevel(Deflater.BEST_COMPRESSION);
		entry(zip, "project.qde", project.qde(), time);
		for (Map.Entry<String, String> source : project.sources().entrySet()) {
			entry(zip, source.getKey(), source.getValue(), time);
		}
		zip.finish();
	}

	private static void entry(ZipOutputStream zip, String name, String content, LocalDateTime time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(time);
		zip.putNextEntry(entry);
		zip.write(content.getBytes(UTF_8));
		zip.closeEntry();
	}
}
