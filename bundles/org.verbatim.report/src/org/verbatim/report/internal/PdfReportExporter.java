package org.verbatim.report.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import org.verbatim.report.Report;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportQuote;
import org.verbatim.report.ReportSection;

/**
 * A PDF report (A4) written with Apache PDFBox, in the DejaVu fonts shipped with this bundle (they
 * cover Latin with its diacritics, Azerbaijani, Cyrillic and Greek); a character no font has is
 * shown as {@code ?}. The quotes' W3C Web Annotations are attached to the PDF as a JSON file, so a
 * program can check the quotes of a PDF too.
 */
@Component(service = ReportExporter.class, property = "service.ranking:Integer=0")
public final class PdfReportExporter implements ReportExporter {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	private static final float MARGIN = 56;

	@Override
	public String format() {
		return "pdf";
	}

	@Override
	public String fileExtension() {
		return "pdf";
	}

	@Override
	public String description() {
		return "PDF (A4, fonts embedded, the quotes' Web Annotations attached as JSON)";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			Layout layout = new Layout(document, font(document, "DejaVuSerif.ttf"), font(document, "DejaVuSerif-Bold.ttf"),
					font(document, "DejaVuSans.ttf"));
			layout.paragraph(layout.bold, 18, report.title(), 0, 8);
			layout.paragraph(layout.sans, 8.5f, "Prepared by " + report.analyst() + " on " + WHEN.format(report.createdAt())
					+ " from the Verbatim project \u201c" + report.project() + "\u201d (" + report.template().id() + "; "
					+ report.quotes().size() + (report.quotes().size() == 1 ? " quote" : " quotes") + "). Provenance log: "
					+ report.provenanceRecords() + " records, head " + report.provenanceHead() + ".", 0, 14);
			report.introduction().ifPresent(text -> paragraphs(layout, text));
			for (ReportSection section : report.sections()) {
				layout.keepTogether(60);
				layout.paragraph(layout.bold, 13, section.heading(), 0, 6);
				section.text().ifPresent(text -> paragraphs(layout, text));
				for (ReportQuote q : section.quotes()) {
					layout.keepTogether(70);
					layout.paragraph(layout.serif, 11, "\u201c" + q.quote() + "\u201d", 18, 3);
					layout.paragraph(layout.sans, 8.5f, "\u2014 " + String.join(". ", Citation.who(q)) + ".", 18, 1);
					layout.paragraph(layout.sans, 7.5f, String.join("; ", Citation.where(q)) + ".", 18, 1);
					q.note().ifPresent(note -> layout.paragraph(layout.sans, 8, "Note: " + note, 18, 1));
					if (!q.tags().isEmpty()) {
						layout.paragraph(layout.sans, 8, "Tags: " + String.join(", ", q.tags()), 18, 1);
					}
					layout.space(10);
				}
			}
			layout.keepTogether(60);
			layout.paragraph(layout.bold, 13, "Checking the quotes", 0, 6);
			layout.paragraph(layout.serif, 10, "Every quote names the SHA-256 of the archived original it was cut from and "
					+ "where in it the words stand. With the project or its evidence bundle, verbatim verify-report checks "
					+ "each quote word for word; the selectors are attached to this PDF as W3C Web Annotations "
					+ "(verbatim-annotations.json).", 0, 0);
			layout.finish();
			attachAnnotations(document, report);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(report.title());
			info.setAuthor(report.analyst());
			info.setCreator("Verbatim");
			Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
			created.setTimeInMillis(report.createdAt().toEpochMilli());
			info.setCreationDate(created);
			document.save(out);
		}
	}

	private static void paragraphs(Layout layout, String text) {
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			layout.paragraph(layout.serif, 10.5f, paragraph.strip().replaceAll("\\R", " "), 0, 6);
		}
	}

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = PdfReportExporter.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IOException("the font " + file + " is missing from the report bundle");
			}
			return PDType0Font.load(document, in, true);
		}
	}

	private static void attachAnnotations(PDDocument document, Report report) throws IOException {
		byte[] json = ReportData.annotationsJson(report).getBytes(UTF_8);
		PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
		embedded.setSubtype("application/json");
		embedded.setSize(json.length);
		PDComplexFileSpecification spec = new PDComplexFileSpecification();
		spec.setFile("verbatim-annotations.json");
		spec.setFileUnicode("verbatim-annotations.json");
		spec.setEmbeddedFile(embedded);
		spec.setFileDescription("The report's quotes as W3C Web Annotations (selectors and the originals' SHA-256)");
		PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
		files.setNames(Map.of("verbatim-annotations.json", spec));
		PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
		names.setEmbeddedFiles(files);
		document.getDocumentCatalog().setNames(names);
	}

	/** Flows wrapped paragraphs down A4 pages, with page numbers. */
	private static final class Layout {

		private final PDDocument document;
		final PDFont serif;
		final PDFont bold;
		final PDFont sans;
		private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
		private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		private PDPageContentStream page;
		private float y;
		private int pages;

		Layout(PDDocument document, PDFont serif, PDFont bold, PDFont sans) {
			this.document = document;
			this.serif = serif;
			this.bold = bold;
			this.sans = sans;
		}

		void paragraph(PDFont font, float size, String text, float indent, float after) {
			try {
				float leading = size * 1.35f;
				for (String line : wrap(font, size, printable(font, text), width - indent)) {
					if (page == null || y - leading < MARGIN) {
						newPage();
					}
					y -= leading;
					page.beginText();
					page.setFont(font, size);
					page.newLineAtOffset(MARGIN + indent, y);
					page.showText(line);
					page.endText();
				}
				y -= after;
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}

		void space(float points) {
			y -= points;
		}

		/** Starts a new page when less than {@code points} remain, so a heading is not left alone. */
		void keepTogether(float points) {
			if (page == null || y - points < MARGIN) {
				try {
					newPage();
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}

		void finish() throws IOException {
			if (page != null) {
				page.close();
				page = null;
			}
		}

		private void newPage() throws IOException {
			finish();
			PDPage next = new PDPage(PDRectangle.A4);
			document.addPage(next);
			page = new PDPageContentStream(document, next);
			pages++;
			page.beginText();
			page.setFont(sans, 8);
			page.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 8, MARGIN / 2);
			page.showText(Integer.toString(pages));
			page.endText();
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		/** The text with characters the font cannot show replaced, and no control characters. */
		private String printable(PDFont font, String text) {
			Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach(cp -> {
				if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
					out.append(cp == '\t' || cp == '\n' || cp == '\r' ? " " : "");
					return;
				}
				boolean shown = known.computeIfAbsent(cp, c -> {
					try {
						font.encode(new String(Character.toChars(c)));
						return true;
					} catch (IOException | IllegalArgumentException e) {
						return false;
					}
				});
				out.append(shown ? new String(Character.toChars(cp)) : "?");
			});
			return out.toString();
		}

		private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" +")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (widthOf(font, size, candidate) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				// a word longer than the line (a hash, a URL) is cut where it must be
				String rest = word;
				while (widthOf(font, size, rest) > width) {
					int cut = rest.length() - 1;
					while (cut > 1 && widthOf(font, size, rest.substring(0, cut)) > width) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		private static float widthOf(PDFont font, float size, String text) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}
	}
}
