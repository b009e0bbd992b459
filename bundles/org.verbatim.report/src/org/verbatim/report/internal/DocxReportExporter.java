package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportQuote;
import org.verbatim.report.ReportSection;

/**
 * A Word document (DOCX, Office Open XML), the format editors and lawyers exchange and annotate
 * with tracked changes; it opens in Word, LibreOffice and Google Docs alike. Written directly as the
 * few XML parts a document needs: headings, quotes and citations in named styles, so the reader can
 * restyle them.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class DocxReportExporter implements ReportExporter {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The namespace of the root element of the custom XML part that holds the quotes' selectors. */
	public static final String ANNOTATIONS_NAMESPACE = "urn:verbatim:report:annotations";

	/** The custom XML part that holds the quotes' selectors: W3C Web Annotations as JSON text. */
	public static final String ANNOTATIONS_PART = "customXml/item1.xml";

	@Override
	public String format() {
		return "docx";
	}

	@Override
	public String fileExtension() {
		return "docx";
	}

	@Override
	public String description() {
		return "Word document (DOCX), for editing and review";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
		part(zip, "[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
				<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
				<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>
				</Types>
				""");
		part(zip, "_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
				</Relationships>
				""");
		part(zip, "word/_rels/document.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>
				</Relationships>
				""");
		part(zip, "word/styles.xml", styles());
		String created = report.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
		part(zip, "docProps/core.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
				xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				<dc:title>%s</dc:title><dc:creator>%s</dc:creator>
				<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>
				</cp:coreProperties>
				""".formatted(xml(report.title()), xml(report.analyst()), created));
		part(zip, "word/document.xml", document(report));
		// the quotes' selectors as a custom XML part: the place Office Open XML keeps an application's
		// own data, and one Word carries along when the document is edited and saved again
		part(zip, ANNOTATIONS_PART, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<annotations xmlns=\""
				+ ANNOTATIONS_NAMESPACE + "\">" + xml(ReportData.annotationsJson(report)) + "</annotations>\n");
		part(zip, "customXml/_rels/item1.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>
				</Relationships>
				""");
		part(zip, "customXml/itemProps1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<ds:datastoreItem ds:itemID="{6C1B4E0A-5D7E-4C41-9E0B-2F3A8D6B7C10}" \
				xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">\
				<ds:schemaRefs><ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>
				""".formatted(ANNOTATIONS_NAMESPACE));
		zip.finish();
		zip.flush();
	}

	private static String document(Report report) {
		StringBuilder body = new StringBuilder();
		int bookmark = 0;
		paragraph(body, "Title", report.title());
		paragraph(body, "Meta", "Prepared by " + report.analyst() + " on " + WHEN.format(report.createdAt())
				+ " from the Verbatim project \u201c" + report.project() + "\u201d (" + report.template().id() + "; "
				+ report.quotes().size() + (report.quotes().size() == 1 ? " quote" : " quotes") + "). Provenance log: "
				+ report.provenanceRecords() + " records, head " + report.provenanceHead() + ".");
		report.introduction().ifPresent(text -> paragraphs(body, text));
		for (ReportSection section : report.sections()) {
			paragraph(body, "Heading1", section.heading());
			section.text().ifPresent(text -> paragraphs(body, text));
			for (ReportQuote q : section.quotes()) {
				// a bookmark named by the excerpt marks the quote for verify-report (and for the reader)
				body.append("<w:p><w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr><w:bookmarkStart w:id=\"").append(bookmark)
						.append("\" w:name=\"").append(q.excerpt()).append("\"/><w:r><w:t xml:space=\"preserve\">")
						.append(xml("\u201c" + q.quote() + "\u201d")).append("</w:t></w:r><w:bookmarkEnd w:id=\"")
						.append(bookmark).append("\"/></w:p>");
				bookmark++;
				paragraph(body, "Citation", "\u2014 " + String.join(". ", Citation.who(q)) + ".");
				paragraph(body, "Source", String.join("; ", Citation.where(q)) + ".");
				q.note().ifPresent(note -> paragraph(body, "Source", "Note: " + note));
				if (!q.tags().isEmpty()) {
					paragraph(body, "Source", "Tags: " + String.join(", ", q.tags()));
				}
			}
		}
		paragraph(body, "Heading1", "Checking the quotes");
		paragraph(body, null, "Every quote names the SHA-256 of the archived original it was cut from and where in it "
				+ "the words stand. With the project or its evidence bundle, verbatim verify-report checks each quote "
				+ "word for word; the selectors are also in this document, as W3C Web Annotations in a custom XML part, "
				+ "and each quote is marked by a bookmark named by its excerpt.");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
				+ "\"><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" "
				+ "w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
				+ "</w:sectPr></w:body></w:document>\n";
	}

	private static void paragraphs(StringBuilder body, String text) {
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			paragraph(body, null, paragraph.strip().replaceAll("\\R", " "));
		}
	}

	private static void paragraph(StringBuilder body, String style, String text) {
		body.append("<w:p>");
		if (style != null) {
			body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
		}
		body.append("<w:r><w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p>");
	}

	private static String styles() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
				+ "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\" w:cs=\"Georgia\"/>"
				+ "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr>"
				+ "</w:pPrDefault></w:docDefaults>"
				+ "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
				+ style("Title", "Title", "<w:spacing w:after=\"60\"/>", "<w:b/><w:sz w:val=\"36\"/>")
				+ style("Heading1", "heading 1", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
						"<w:b/><w:sz w:val=\"28\"/>")
				+ style("Meta", "Report details", "<w:spacing w:after=\"240\"/>", "<w:color w:val=\"555555\"/><w:sz w:val=\"17\"/>")
				+ style("Quote", "Quote", "<w:keepNext/><w:ind w:left=\"567\"/><w:spacing w:before=\"200\" w:after=\"60\"/>",
						"<w:sz w:val=\"23\"/>")
				+ style("Citation", "Citation", "<w:keepNext/><w:ind w:left=\"567\"/><w:spacing w:after=\"20\"/>",
						"<w:sz w:val=\"18\"/>")
				+ style("Source", "Citation source", "<w:ind w:left=\"567\"/><w:spacing w:after=\"20\"/>",
						"<w:color w:val=\"555555\"/><w:sz w:val=\"16\"/>")
				+ "</w:styles>\n";
	}

	private static String style(String id, String name, String paragraph, String run) {
		return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
				+ "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + paragraph + "</w:pPr><w:rPr>" + run
				+ "</w:rPr></w:style>";
	}

	private static void part(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(UTF_8));
		zip.closeEntry();
	}

	/** Text as XML character data: markup escaped, characters XML 1.0 forbids left out. */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(cp -> {
			switch (cp) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> {
				if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
						|| cp >= 0x10000) {
					out.appendCodePoint(cp);
				}
			}
			}
		});
		return out.toString();
	}
}
