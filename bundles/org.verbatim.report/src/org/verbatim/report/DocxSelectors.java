package org.verbatim.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.verbatim.report.ReportVerifier.Cited;
import org.verbatim.report.internal.DocxReportExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what a DOCX report cites and shows: the Web Annotations from its custom XML part, and each
 * quote's words from the paragraph its excerpt's bookmark marks. Word may renumber custom XML parts
 * and split a paragraph's text into several runs when the document is saved again; both are
 * allowed for.
 */
final class DocxSelectors {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final Pattern CUSTOM_XML = Pattern.compile("customXml/item[0-9]+\\.xml");

	private static final Pattern EXCERPT = Pattern.compile("E[0-9]+");

	private DocxSelectors() {
	}

	static Cited read(Path report, byte[] bytes) throws ReportException {
		Map<String, byte[]> parts = parts(report, bytes);
		byte[] body = parts.get("word/document.xml");
		if (body == null) {
			throw ReportVerifier.noSelectors(report);
		}
		Optional<String> json = Optional.empty();
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			if (CUSTOM_XML.matcher(part.getKey()).matches()) {
				Element root = parse(report, part.getValue()).getDocumentElement();
				if (DocxReportExporter.ANNOTATIONS_NAMESPACE.equals(root.getNamespaceURI())
						&& "annotations".equals(root.getLocalName())) {
					json = Optional.of(root.getTextContent());
				}
			}
		}
		if (json.isEmpty()) {
			throw ReportVerifier.noSelectors(report);
		}
		List<?> annotations = ReportVerifier.annotations(report, json.get());
		Map<String, String> shown = new HashMap<>();
		NodeList paragraphs = parse(report, body).getElementsByTagNameNS(W, "p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			Element paragraph = (Element) paragraphs.item(i);
			NodeList marks = paragraph.getElementsByTagNameNS(W, "bookmarkStart");
			for (int m = 0; m < marks.getLength(); m++) {
				String name = ((Element) marks.item(m)).getAttributeNS(W, "name");
				if (EXCERPT.matcher(name).matches()) {
					shown.putIfAbsent(name, unquote(text(paragraph)));
				}
			}
		}
		return new Cited(annotations, shown, Optional.empty(), true);
	}

	/** The text of a paragraph's runs, in order. */
	private static String text(Element paragraph) {
		StringBuilder out = new StringBuilder();
		NodeList texts = paragraph.getElementsByTagNameNS(W, "t");
		for (int i = 0; i < texts.getLength(); i++) {
			out.append(texts.item(i).getTextContent());
		}
		return out.toString();
	}

	/** The quote without the quotation marks the report sets around it. */
	private static String unquote(String text) {
		String stripped = text.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\u201c") && stripped.endsWith("\u201d")) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

	private static Map<String, byte[]> parts(Path report, byte[] bytes) throws ReportException {
		Map<String, byte[]> parts = new HashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), UTF_8)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String name = entry.getName();
				if (name.equals("word/document.xml") || CUSTOM_XML.matcher(name).matches()) {
					byte[] content = readAtMost(zip, EvidenceBundle.MOST_BYTES - total);
					if (content == null) {
						throw new ReportException(report + ": its parts are larger than a report's can be");
					}
					total += content.length;
					parts.put(name, content);
				}
			}
		} catch (IOException e) {
			throw new ReportException(report + ": is not a readable DOCX file (" + e.getMessage() + ")");
		}
		return parts;
	}

	/** The rest of the current entry, or null when it is longer than {@code most} bytes. */
	private static byte[] readAtMost(InputStream in, long most) throws IOException {
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, most) + 1));
		return content.length > most ? null : content;
	}

	private static Document parse(Path report, byte[] xml) throws ReportException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// a report comes from anyone: no document type declarations, so no external entities
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new ByteArrayInputStream(xml));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new ReportException(report + ": a part of the DOCX file is not well-formed XML (" + e.getMessage() + ")");
		}
	}
}
