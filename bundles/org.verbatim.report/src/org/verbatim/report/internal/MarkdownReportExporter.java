package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportQuote;
import org.verbatim.report.ReportSection;

/**
 * A Markdown report (CommonMark). Every piece of statement or analyst text is written with all
 * ASCII punctuation escaped, so that it renders as the text it is and never as markup, links or
 * HTML. Each quote follows an anchor named by its excerpt, and the quotes' W3C Web Annotations end
 * the file in an HTML comment, so that {@code verify-report} can check it.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class MarkdownReportExporter implements ReportExporter {

	/** The line that opens the comment holding the quotes' selectors. */
	public static final String ANNOTATIONS_START = "<!-- verbatim-annotations";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	@Override
	public String format() {
		return "md";
	}

	@Override
	public String fileExtension() {
		return "md";
	}

	@Override
	public String description() {
		return "Markdown (CommonMark), for editors and wikis";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(escape(report.title())).append("\n\n");
		md.append("*Prepared by ").append(escape(report.analyst())).append(" on ")
				.append(WHEN.format(report.createdAt())).append(" from the Verbatim project ")
				.append(escape(report.project())).append(" \\(").append(report.template().id()).append("; ")
				.append(report.quotes().size()).append(report.quotes().size() == 1 ? " quote" : " quotes")
				.append("\\)\\. Provenance log: ").append(report.provenanceRecords()).append(" records, head `")
				.append(report.provenanceHead()).append("`\\.*\n\n");
		report.introduction().ifPresent(text -> paragraphs(md, text));
		for (ReportSection section : report.sections()) {
			md.append("## ").append(escape(section.heading())).append("\n\n");
			section.text().ifPresent(text -> paragraphs(md, text));
			for (ReportQuote q : section.quotes()) {
				quote(md, q);
			}
		}
		md.append("## Checking the quotes\n\nEvery quote names the SHA\\-256 of the archived original it was cut from "
				+ "and where in it the words stand; `verbatim verify-report` checks each quote word for word against "
				+ "the project or its evidence bundle; the selectors are also in this file, as W3C Web Annotations in "
				+ "a comment at its end\\.\n");
		// the selectors in an HTML comment: Markdown renderers leave it out of the page, and it
		// travels with the text when the file is copied or edited
		md.append("\n").append(ANNOTATIONS_START).append('\n').append(annotationsForComment(report)).append("\n-->\n");
		out.write(md.toString().getBytes(UTF_8));
		out.flush();
	}

	/**
	 * The report's Web Annotations as JSON that cannot end an HTML comment: a {@code -} that follows
	 * another is written as the escape {@code \\u002d} (two in a row occur only inside strings).
	 */
	static String annotationsForComment(Report report) {
		return ReportData.annotationsJson(report).replace("--", "-\\u002d");
	}

	private static void quote(StringBuilder md, ReportQuote q) {
		md.append("<a id=\"").append(q.excerpt()).append("\"></a>\n\n");
		for (String line : q.quote().split("\\R", -1)) {
			md.append("> ").append(escape(line)).append('\n');
		}
		md.append(">\n> \u2014 ").append(escape(String.join(". ", Citation.who(q)))).append("\\.\n\n");
		md.append(escape(String.join("; ", Citation.where(q)))).append("\\.");
		q.note().ifPresent(note -> md.append("  \n*Note:* ").append(escape(note)));
		if (!q.tags().isEmpty()) {
			md.append("  \n*Tags:* ").append(escape(String.join(", ", q.tags())));
		}
		md.append("\n\n");
	}

	private static void paragraphs(StringBuilder md, String text) {
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			md.append(escape(paragraph.strip().replaceAll("\\R", " "))).append("\n\n");
		}
	}

	/** Text as Markdown text: every ASCII punctuation character backslash-escaped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}
