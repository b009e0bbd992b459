package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.verbatim.core.JsonText;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;

/**
 * The report's bibliography as CSL-JSON, the citation data Zotero, Pandoc and citeproc read: one
 * item per cited statement, its speakers as authors.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class CslJsonExporter implements ReportExporter {

	@Override
	public String format() {
		return "csl-json";
	}

	@Override
	public String fileExtension() {
		return "json";
	}

	@Override
	public String description() {
		return "bibliography of the cited statements as CSL-JSON (Zotero, Pandoc, citeproc)";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		List<String> items = new ArrayList<>();
		for (Bibliography.Entry e : Bibliography.of(report)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", e.key());
			item.put("type", e.url().isPresent() ? "webpage" : "document");
			e.title().ifPresent(t -> item.put("title", t));
			if (!e.authors().isEmpty()) {
				// names as the statement gives them: whether a name is a person's or an organization's,
				// and which part is the family name, is not known, so none is guessed
				item.put("author", e.authors().stream().map(a -> Map.of("literal", a)).toList());
			}
			e.publisher().ifPresent(p -> {
				item.put("publisher", p);
				item.put("container-title", p);
			});
			e.issued().ifPresent(d -> item.put("issued", date(d)));
			e.url().ifPresent(u -> item.put("URL", u));
			e.accessed().ifPresent(d -> item.put("accessed", date(d)));
			e.language().ifPresent(l -> item.put("language", l));
			item.put("note", e.note());
			items.add(JsonText.write(item));
		}
		out.write(("[\n" + String.join(",\n", items) + (items.isEmpty() ? "" : "\n") + "]\n").getBytes(UTF_8));
		out.flush();
	}

	private static Map<String, Object> date(LocalDate d) {
		return Map.of("date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
	}
}
