package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;

/**
 * The report's bibliography as RIS, the tagged format reference managers (EndNote, Zotero,
 * Mendeley) import: one record per cited statement, lines ending in CR LF as the format asks.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class RisExporter implements ReportExporter {

	@Override
	public String format() {
		return "ris";
	}

	@Override
	public String fileExtension() {
		return "ris";
	}

	@Override
	public String description() {
		return "bibliography of the cited statements as RIS (EndNote, Zotero, Mendeley)";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		StringBuilder ris = new StringBuilder();
		for (Bibliography.Entry e : Bibliography.of(report)) {
			tag(ris, "TY", e.url().isPresent() ? "ELEC" : "GEN");
			tag(ris, "ID", e.key());
			e.authors().forEach(a -> tag(ris, "AU", a));
			e.title().ifPresent(t -> tag(ris, "TI", t));
			e.publisher().ifPresent(p -> tag(ris, "PB", p));
			e.issued().ifPresent(d -> {
				tag(ris, "PY", Integer.toString(d.getYear()));
				tag(ris, "DA", day(d));
			});
			e.url().ifPresent(u -> tag(ris, "UR", u));
			e.accessed().ifPresent(d -> tag(ris, "Y2", day(d)));
			e.language().ifPresent(l -> tag(ris, "LA", l));
			tag(ris, "N1", e.note());
			ris.append("ER  - \r\n");
		}
		out.write(ris.toString().getBytes(UTF_8));
		out.flush();
	}

	/** One tagged line; a value is one line, so line breaks in it become spaces. */
	private static void tag(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append("\r\n");
	}

	private static String day(LocalDate d) {
		return String.format(Locale.ROOT, "%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
	}
}
