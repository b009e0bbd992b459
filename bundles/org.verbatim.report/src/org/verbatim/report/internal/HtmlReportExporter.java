package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportQuote;
import org.verbatim.report.ReportSection;

/**
 * A self-contained HTML report: styles inline, no scripts, a content security policy that forbids
 * loading anything, and each quote's W3C Web Annotation (selectors and the original's SHA-256) as
 * JSON data in the page, so that a program can check the quotes.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class HtmlReportExporter implements ReportExporter {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	private static final String STYLE = """
			body{font-family:Georgia,'DejaVu Serif',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1d1d1d;line-height:1.5}
			h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
			.meta,figcaption,.check{font-family:'DejaVu Sans',Arial,sans-serif;font-size:.85em;color:#555}
			figure.quote{margin:1.4em 0}blockquote{margin:0;padding:.4em 1em;border-left:4px solid #7a8ca5;background:#f5f7fa;white-space:pre-wrap}
			figcaption{margin:.4em 0 0 1.3em}.who{color:#1d1d1d}.hash{font-family:'DejaVu Sans Mono',monospace;font-size:.9em;word-break:break-all}
			.note{font-style:italic}.tags{color:#7a8ca5}
			""";

	@Override
	public String format() {
		return "html";
	}

	@Override
	public String fileExtension() {
		return "html";
	}

	@Override
	public String description() {
		return "one self-contained HTML file (no remote resources; quotes with their Web Annotation selectors)";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, UTF_8);
		w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
		w.write("<meta name=\"generator\" content=\"Verbatim\">\n<title>" + escape(report.title()) + "</title>\n");
		w.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n<h1>" + escape(report.title()) + "</h1>\n");
		w.write("<p class=\"meta\">Prepared by " + escape(report.analyst()) + " on " + WHEN.format(report.createdAt())
				+ " from the Verbatim project \u201c" + escape(report.project()) + "\u201d (" + report.template().id()
				+ "; " + report.quotes().size() + (report.quotes().size() == 1 ? " quote" : " quotes")
				+ "). Provenance log: " + report.provenanceRecords() + " records, head <span class=\"hash\">"
				+ report.provenanceHead() + "</span>.</p>\n</header>\n");
		report.introduction().ifPresent(text -> paragraphs(w, text));
		for (ReportSection section : report.sections()) {
			w.write("<section>\n<h2>" + escape(section.heading()) + "</h2>\n");
			section.text().ifPresent(text -> paragraphs(w, text));
			for (ReportQuote q : section.quotes()) {
				quote(w, q);
			}
			w.write("</section>\n");
		}
		w.write("<section class=\"check\">\n<h2>Checking the quotes</h2>\n<p>Every quote names the SHA-256 of the "
				+ "archived original it was cut from and where in it the words stand. With the project or its evidence "
				+ "bundle, <code>verbatim verify-report</code> checks each quote word for word; the selectors are "
				+ "also in this file as W3C Web Annotations (JSON, element <code>verbatim-annotations</code>), and how the "
				+ "quoted excerpts came to be, from the archived originals on, as W3C PROV-JSON (element "
				+ "<code>verbatim-provenance</code>).</p>\n</section>\n");
		w.write("<script type=\"application/ld+json\" id=\"verbatim-annotations\">" + ReportData.annotationsJson(report)
				+ "</script>\n");
		w.write("<script type=\"application/json\" id=\"verbatim-provenance\">" + ReportData.provenanceJsonForHtml(report)
				+ "</script>\n</body>\n</html>\n");
		w.flush();
	}

	private static void quote(Writer w, ReportQuote q) throws IOException {
		w.write("<figure class=\"quote\" id=\"" + q.excerpt() + "\" data-original-sha256=\"" + q.originalSha256()
				+ "\">\n<blockquote>" + escape(q.quote()) + "</blockquote>\n<figcaption>");
		w.write("<span class=\"who\">\u2014 " + escape(String.join(". ", Citation.who(q))) + ".</span><br>\n");
		List<String> where = Citation.where(q);
		w.write(escape(where.get(0)) + ";<br>\n<span class=\"hash\">" + escape(where.get(1)) + "</span>;<br>\n"
				+ escape(where.get(2)) + ".");
		if (q.note().isPresent()) {
			w.write("<br>\n<span class=\"note\">Note: " + escape(q.note().get()) + "</span>");
		}
		if (!q.tags().isEmpty()) {
			w.write("<br>\n<span class=\"tags\">Tags: " + escape(String.join(", ", q.tags())) + "</span>");
		}
		w.write("</figcaption>\n</figure>\n");
	}

	private static void paragraphs(Writer w, String text) {
		try {
			for (String paragraph : text.strip().split("\\R\\s*\\R")) {
				w.write("<p>" + escape(paragraph.strip()) + "</p>\n");
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Text as HTML text: markup characters and quotes become character references. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
