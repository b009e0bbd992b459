package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;

/**
 * The report's bibliography as BibTeX ({@code @misc} entries, with the biblatex fields {@code date},
 * {@code urldate} and {@code language} beside the classic ones). Every value is written as text:
 * BibTeX's special characters are escaped, braces always balance, other characters stay UTF-8.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class BibtexExporter implements ReportExporter {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	@Override
	public String format() {
		return "bibtex";
	}

	@Override
	public String fileExtension() {
		return "bib";
	}

	@Override
	public String description() {
		return "bibliography of the cited statements as BibTeX (UTF-8; BibLaTeX, JabRef)";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		StringBuilder bib = new StringBuilder("% Bibliography of \"").append(comment(report.title()))
				.append("\", made with Verbatim: one entry per cited statement.\n");
		for (Bibliography.Entry e : Bibliography.of(report)) {
			bib.append("\n@misc{").append(e.key()).append(",\n");
			if (!e.authors().isEmpty()) {
				// each name in its own braces: taken as it is, never split into given and family names
				field(bib, "author", String.join(" and ", e.authors().stream().map(a -> "{" + escape(a) + "}").toList()));
			}
			// the title in double braces keeps its capitals whatever the style does to titles
			e.title().ifPresent(t -> field(bib, "title", "{" + escape(t) + "}"));
			e.publisher().ifPresent(p -> field(bib, "publisher", escape(p)));
			e.issued().ifPresent(d -> {
				field(bib, "date", d.toString());
				field(bib, "year", Integer.toString(d.getYear()));
				bib.append("  month = ").append(MONTHS.get(d.getMonthValue() - 1)).append(",\n");
			});
			if (e.url().isPresent()) {
				field(bib, "url", url(e.url().get()));
				e.accessed().ifPresent(d -> field(bib, "urldate", d.toString()));
			} else {
				field(bib, "howpublished", escape(e.source()));
			}
			e.language().ifPresent(l -> field(bib, "language", escape(l)));
			field(bib, "note", escape(e.note()));
			bib.setLength(bib.length() - 2);
			bib.append("\n}\n");
		}
		out.write(bib.toString().getBytes(UTF_8));
		out.flush();
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** Text as the value of a BibTeX field: each special character as the command that prints it. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\textbackslash{}");
			case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
			case '~' -> out.append("\\textasciitilde{}");
			case '^' -> out.append("\\textasciicircum{}");
			case '\n', '\r', '\t' -> out.append(' ');
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A URL as a {@code url} field, which BibLaTeX and hyperref read verbatim: the characters that
	 * would unbalance braces or end the field percent-encoded instead of escaped.
	 */
	static String url(String url) {
		StringBuilder out = new StringBuilder(url.length());
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '{' || c == '}' || c == '\\' || c == '%' && !percentEncoded(url, i) || c <= ' ') {
				out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean percentEncoded(String url, int at) {
		return at + 2 < url.length() && Character.digit(url.charAt(at + 1), 16) >= 0
				&& Character.digit(url.charAt(at + 2), 16) >= 0;
	}

	private static String comment(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}
}
