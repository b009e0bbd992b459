package org.verbatim.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verbatim.report.QuoteCheck.Status;
import org.verbatim.report.internal.MarkdownReportExporter;
import org.verbatim.report.internal.ReportData;

/**
 * Checks every quote of an exported report (HTML, PDF, Markdown or DOCX, which carry their quotes'
 * selectors) against the archived originals: that the words the report shows are the words it
 * cites, and that the cited characters of the original, decoded with the cited charset, are exactly
 * those words.
 */
public final class ReportVerifier {

	private static final Pattern ANNOTATIONS = Pattern.compile(
			"<script type=\"application/ld\\+json\" id=\"verbatim-annotations\">(.*?)</script>", Pattern.DOTALL);

	private static final Pattern SHOWN = Pattern.compile(
			"<figure class=\"quote\" id=\"(E[0-9]+)\"[^>]*>\\s*<blockquote>(.*?)</blockquote>", Pattern.DOTALL);

	/** A Markdown quote: the anchor named by its excerpt, its lines, then the citation's dash line. */
	private static final Pattern MARKDOWN_SHOWN = Pattern.compile(
			"<a id=\"(E[0-9]+)\"></a>\n\n((?:>[^\n]*\n)*?)>\n> \u2014 ");

	private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

	private static final String NO_SELECTORS = ": carries no quote selectors; verify-report checks HTML, PDF, Markdown "
			+ "and DOCX reports exported by Verbatim";

	private ReportVerifier() {
	}

	/**
	 * One finding per quote the report cites, in the report's order.
	 *
	 * @throws ReportException when the file cannot be read or carries no quote selectors (one line
	 *                         naming the file)
	 */
	public static List<QuoteCheck> verify(Path report, CitedOriginals originals) throws ReportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(report);
		} catch (IOException e) {
			throw new ReportException(report + ": could not be read (" + e.getMessage() + ")");
		}
		Cited cited;
		if (isPdf(bytes)) {
			cited = fromPdf(report, bytes);
		} else if (isZip(bytes)) {
			cited = DocxSelectors.read(report, bytes);
		} else {
			String text = new String(bytes, UTF_8).replace("\r\n", "\n");
			cited = text.contains(MarkdownReportExporter.ANNOTATIONS_START + "\n") && !ANNOTATIONS.matcher(text).find()
					? fromMarkdown(report, text)
					: fromHtml(report, text);
		}
		List<QuoteCheck> checks = new ArrayList<>();
		for (Object each : cited.annotations) {
			checks.add(check(report, each, cited, originals));
		}
		return checks;
	}

	/**
	 * The annotations a report carries, and how its quotes are shown: by excerpt ({@code shown},
	 * compared exactly, or with white space collapsed when {@code loose}) or as the report's whole
	 * text ({@code text}, for PDFs, whose lines wrap).
	 */
	record Cited(List<?> annotations, Map<String, String> shown, Optional<String> text, boolean loose) {
	}

	private static boolean isPdf(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/** The report names no quote selectors: one line naming the file. */
	static ReportException noSelectors(Path report) {
		return new ReportException(report + NO_SELECTORS);
	}

	private static Cited fromMarkdown(Path report, String md) throws ReportException {
		int start = md.lastIndexOf(MarkdownReportExporter.ANNOTATIONS_START + "\n");
		int end = md.indexOf("-->", start);
		if (end < 0) {
			throw new ReportException(report + ": its quote selectors are damaged (the comment that holds them is not closed)");
		}
		List<?> annotations = annotations(report,
				md.substring(start + MarkdownReportExporter.ANNOTATIONS_START.length() + 1, end));
		Map<String, String> shown = new HashMap<>();
		Matcher q = MARKDOWN_SHOWN.matcher(md.substring(0, start));
		while (q.find()) {
			String block = q.group(2);
			List<String> lines = new ArrayList<>();
			for (String line : block.substring(0, Math.max(0, block.length() - 1)).split("\n", -1)) {
				String text = line.startsWith("> ") ? line.substring(2) : line.substring(Math.min(1, line.length()));
				lines.add(MARKDOWN_ESCAPE.matcher(text).replaceAll("$1"));
			}
			shown.put(q.group(1), String.join("\n", lines));
		}
		return new Cited(annotations, shown, Optional.empty(), false);
	}

	private static Cited fromHtml(Path report, String html) throws ReportException {
		Matcher m = ANNOTATIONS.matcher(html);
		if (!m.find()) {
			throw noSelectors(report);
		}
		List<?> annotations = annotations(report, m.group(1));
		Map<String, String> shown = new HashMap<>();
		Matcher q = SHOWN.matcher(html);
		while (q.find()) {
			shown.put(q.group(1), unescapeHtml(q.group(2)));
		}
		return new Cited(annotations, shown, Optional.empty(), false);
	}

	private static Cited fromPdf(Path report, byte[] bytes) throws ReportException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
			Map<String, PDComplexFileSpecification> files = names == null || names.getEmbeddedFiles() == null ? null
					: names.getEmbeddedFiles().getNames();
			PDComplexFileSpecification spec = files == null ? null : files.get("verbatim-annotations.json");
			if (spec == null || spec.getEmbeddedFile() == null) {
				throw noSelectors(report);
			}
			List<?> annotations = annotations(report, new String(spec.getEmbeddedFile().toByteArray(), UTF_8));
			return new Cited(annotations, Map.of(), Optional.of(collapse(new PDFTextStripper().getText(pdf))), false);
		} catch (IOException e) {
			throw new ReportException(report + ": is not a readable PDF (" + e.getMessage() + ")");
		}
	}

	static List<?> annotations(Path report, String json) throws ReportException {
		try {
			if (ReportData.parseJson(json) instanceof List<?> list) {
				return list;
			}
		} catch (IllegalArgumentException e) {
			// reported below
		}
		throw new ReportException(report + ": its quote selectors are damaged (not a JSON list of annotations)");
	}

	private static QuoteCheck check(Path report, Object annotation, Cited cited, CitedOriginals originals)
			throws ReportException {
		Map<?, ?> a = map(report, annotation);
		String id = text(a.get("id")).replaceFirst("^urn:verbatim:excerpt:", "");
		Map<?, ?> target = map(report, a.get("target"));
		String sha256 = text(target.get("verbatim:originalSha256"));
		String charsetName = text(target.get("verbatim:charset"));
		List<?> selectors = target.get("selector") instanceof List<?> l ? l : List.of();
		String exact = null;
		long start = -1;
		long end = -1;
		for (Object s : selectors) {
			Map<?, ?> selector = map(report, s);
			if ("TextQuoteSelector".equals(selector.get("type"))) {
				exact = text(selector.get("exact"));
			} else if (String.valueOf(selector.get("verbatim:of")).startsWith("original")
					&& selector.get("start") instanceof Long from && selector.get("end") instanceof Long to) {
				start = from;
				end = to;
			}
		}
		if (exact == null || start < 0 || end < start || sha256.isEmpty()) {
			return new QuoteCheck(id, "", Status.EDITED, "its selectors are incomplete (the report was changed)");
		}
		if (cited.text.isEmpty()) {
			String shown = cited.shown.get(id);
			if (shown == null) {
				return new QuoteCheck(id, exact, Status.EDITED, "the report no longer shows this quote");
			}
			if (!shown.equals(exact) && !(cited.loose && collapse(shown).equals(collapse(exact)))) {
				return new QuoteCheck(id, shown, Status.EDITED,
						"the report shows other words than it cites (\u201c" + shorten(exact) + "\u201d)");
			}
		} else if (!cited.text.get().contains(collapse(exact))) {
			return new QuoteCheck(id, exact, Status.EDITED, "the PDF's text does not show the cited words");
		}
		Optional<byte[]> original;
		try {
			original = originals.bytes(sha256);
		} catch (ReportException e) {
			return new QuoteCheck(id, exact, Status.ORIGINAL_MISSING, e.getMessage());
		}
		if (original.isEmpty()) {
			return new QuoteCheck(id, exact, Status.ORIGINAL_MISSING, "the original " + sha256 + " is not available");
		}
		String decoded;
		try {
			decoded = new String(original.get(), Charset.forName(charsetName));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return new QuoteCheck(id, exact, Status.EDITED, "it names an unknown charset '" + charsetName + "'");
		}
		if (end > decoded.length()) {
			return new QuoteCheck(id, exact, Status.NOT_IN_ORIGINAL,
					"the original has only " + decoded.length() + " characters, the quote cites " + start + "\u2013" + end);
		}
		String there = decoded.substring((int) start, (int) end);
		if (!there.equals(exact) && !collapse(there).equals(collapse(exact))
				&& !collapse(markupText(there)).equals(collapse(exact))) {
			return new QuoteCheck(id, exact, Status.NOT_IN_ORIGINAL, "characters " + start + "\u2013" + end
					+ " of the original are \u201c" + shorten(there) + "\u201d");
		}
		return new QuoteCheck(id, exact, Status.VERIFIED,
				"characters " + start + "\u2013" + end + " of original " + sha256 + " (" + charsetName + ")");
	}

	private static Map<?, ?> map(Path report, Object value) throws ReportException {
		if (value instanceof Map<?, ?> m) {
			return m;
		}
		throw new ReportException(report + ": its quote selectors are damaged (an annotation is not a JSON object)");
	}

	private static String text(Object value) {
		return value instanceof String s ? s : "";
	}

	/** White space as one space: cleaning may join lines the original broke, and PDFs wrap lines. */
	static String collapse(String text) {
		return text.replaceAll("[\\s\\u00a0]+", " ").strip();
	}

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
			Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201c"),
			Map.entry("rdquo", "\u201d"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
			Map.entry("hellip", "\u2026"));

	/**
	 * The text of a piece of an HTML original: tags left out, character references resolved. A quote
	 * from a web page spans the page's markup, which cleaning turned into text.
	 */
	private static String markupText(String html) {
		String text = TAG.matcher(html).replaceAll(" ");
		Matcher m = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String ref = m.group(1);
			String resolved;
			try {
				resolved = ref.startsWith("#x") || ref.startsWith("#X")
						? new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)))
						: ref.startsWith("#") ? new String(Character.toChars(Integer.parseInt(ref.substring(1))))
								: NAMED.getOrDefault(ref, m.group());
			} catch (IllegalArgumentException e) {
				resolved = m.group();
			}
			m.appendReplacement(out, Matcher.quoteReplacement(resolved));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String shorten(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	private static String unescapeHtml(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&amp;", "&");
	}
}
