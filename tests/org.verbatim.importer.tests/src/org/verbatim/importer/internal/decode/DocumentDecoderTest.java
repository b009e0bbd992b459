package org.verbatim.importer.internal.decode;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.DecodedDocument;

class DocumentDecoderTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final String BODY = "<p>The Embassy’s statement on the “Khojaly tragedy” – a Café meeting in Zürich.</p>"
			+ "<p>The ambassador said: “We will never forget.” Officials of the Ministry of Foreign Affairs "
			+ "attended the commemoration in the capital on Tuesday.</p>";

	private static String page(String meta) {
		return "<!DOCTYPE html>\n<html><head>" + meta + "<title>Café “quotes”</title></head><body>" + BODY
				+ "</body></html>\n";
	}

	private static DecodeHints header(String contentType) {
		return new DecodeHints(Optional.of(contentType), Optional.empty(), Optional.empty(), Optional.empty());
	}

	private static DecodeHints option(Charset charset) {
		return new DecodeHints(Optional.empty(), Optional.of(charset), Optional.empty(), Optional.empty());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	@Test
	void utf16WithByteOrderMarkIsDecodedByTheMarkAndTheMarkIsNotText() throws Exception {
		String html = page("<meta charset=\"windows-1252\">");
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, html.getBytes(UTF_16LE));
		DecodedDocument doc = DocumentDecoder.decode(bytes, header("text/html; charset=iso-8859-1"));
		assertEquals(html, doc.text());
		assertEquals("UTF-16LE", doc.charset());
		assertEquals("byte-order-mark", doc.charsetRule());
		assertEquals("text/html", doc.mediaType());
	}

	@Test
	void optionWinsOverHeaderAndMetaTag() throws Exception {
		String html = page("<meta charset=\"utf-8\">");
		DecodeHints hints = new DecodeHints(Optional.of("text/html; charset=utf-8"), Optional.of(WINDOWS_1252),
				Optional.empty(), Optional.empty());
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252), hints);
		assertEquals(html, doc.text());
		assertEquals("windows-1252", doc.charset());
		assertEquals("option", doc.charsetRule());
	}

	@Test
	void bytesInvalidInTheNamedEncodingAreRefusedNamingTheByte() {
		byte[] bytes = "ab\u00e9".getBytes(WINDOWS_1252);
		DecodeProblem problem = assertThrows(DecodeProblem.class,
				() -> DocumentDecoder.decode(bytes, option(UTF_8)));
		assertEquals("is not valid UTF-8 (byte 0xE9 at offset 2); check the encoding named with --charset",
				problem.getMessage());
	}

	@Test
	void httpHeaderCharsetWinsOverTheMetaTag() throws Exception {
		String html = page("<meta charset=\"utf-8\">");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252),
				header("text/html; charset=\"windows-1252\""));
		assertEquals(html, doc.text());
		assertEquals("windows-1252", doc.charset());
		assertEquals("http-header", doc.charsetRule());
	}

	@Test
	void metaCharsetTagIsRead() throws Exception {
		String html = page("<meta name=\"viewport\" content=\"width=device-width\"><meta charset='windows-1251'>");
		String russian = html.replace("</title>", "</title><!-- Заявление -->").replace("’", "'").replace("–", "-")
				.replace("“", "\"").replace("”", "\"").replace("é", "e").replace("ü", "u");
		DecodedDocument doc = DocumentDecoder.decode(russian.getBytes(WINDOWS_1251), DecodeHints.none());
		assertEquals(russian, doc.text());
		assertEquals("windows-1251", doc.charset());
		assertEquals("meta-tag", doc.charsetRule());
	}

	@Test
	void metaHttpEquivContentTypeIsReadAndLatin1LabelMeansWindows1252() throws Exception {
		String html = page("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252), DecodeHints.none());
		assertEquals(html, doc.text());
		assertEquals("windows-1252", doc.charset());
		assertEquals("meta-tag", doc.charsetRule());
	}

	@Test
	void metaTagInsideACommentOrBeyondFourKibibytesIsIgnored() throws Exception {
		String commented = page("<!-- <meta charset=\"windows-1251\"> -->");
		assertEquals("valid-utf8", DocumentDecoder.decode(commented.getBytes(UTF_8), DecodeHints.none()).charsetRule());
		String late = page("<!-- " + "x".repeat(4100) + " --><meta charset=\"windows-1251\">");
		assertEquals("valid-utf8", DocumentDecoder.decode(late.getBytes(UTF_8), DecodeHints.none()).charsetRule());
	}

	@Test
	void metaTagIsNotLookedForInPlainText() throws Exception {
		String text = "Notes about <meta charset=\"windows-1251\"> tags, written in plain UTF-8: Café.";
		DecodedDocument doc = DocumentDecoder.decode(text.getBytes(UTF_8), DecodeHints.none());
		assertEquals("text/plain", doc.mediaType());
		assertEquals("valid-utf8", doc.charsetRule());
		assertEquals(text, doc.text());
	}

	@Test
	void undeclaredValidUtf8IsUtf8() throws Exception {
		String html = page("");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(UTF_8), DecodeHints.none());
		assertEquals(html, doc.text());
		assertEquals("UTF-8", doc.charset());
		assertEquals("valid-utf8", doc.charsetRule());
	}

	@Test
	void mislabelledWindows1252PageDeclaringUtf8InTheMetaTagComesOutReadable() throws Exception {
		String html = page("<meta charset=\"utf-8\">");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252), DecodeHints.none());
		assertEquals(html, doc.text());
		assertTrue(doc.text().contains("Café “quotes”"));
		assertEquals("windows-1252", doc.charset());
		assertEquals("detected (declared utf-8 is invalid)", doc.charsetRule());
	}

	@Test
	void mislabelledWindows1252PageDeclaringUtf8InTheHeaderComesOutReadable() throws Exception {
		String html = page("");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252),
				header("text/html;charset=UTF-8"));
		assertEquals(html, doc.text());
		assertEquals("windows-1252", doc.charset());
		assertEquals("detected (declared utf-8 is invalid)", doc.charsetRule());
	}

	@Test
	void undeclaredInvalidUtf8IsDetected() throws Exception {
		String text = "Déclaration de l’ambassade. « Nous n’oublierons pas », a déclaré l’ambassadeur devant la presse "
				+ "à Paris. Le café était prêt à l’heure où la cérémonie a commencé.\n";
		DecodedDocument doc = DocumentDecoder.decode(text.getBytes(WINDOWS_1252), DecodeHints.none());
		assertEquals(text, doc.text());
		assertEquals("windows-1252", doc.charset());
		assertEquals("detected", doc.charsetRule());
		assertEquals("text/plain", doc.mediaType());
	}

	@Test
	void detectionLooksPastALongAsciiStart() throws Exception {
		String text = "x".repeat(300_000) + " Привет, это заявление посольства о трагедии. Мы никогда не забудем.\n";
		DecodedDocument doc = DocumentDecoder.decode(text.getBytes(WINDOWS_1251), DecodeHints.none());
		assertEquals("windows-1251", doc.charset());
		assertEquals(text, doc.text());
	}

	@Test
	void decodingTheSameBytesTwiceGivesTheSameDocument() throws Exception {
		byte[] bytes = page("<meta charset=\"utf-8\">").getBytes(WINDOWS_1252);
		DecodeHints hints = DecodeHints.forWeb(Optional.of("text/html"), URI.create("https://example.org/a"),
				Optional.empty());
		assertEquals(DocumentDecoder.decode(bytes, hints), DocumentDecoder.decode(bytes, hints));
		assertEquals(Optional.of(URI.create("https://example.org/a")), DocumentDecoder.decode(bytes, hints).location());
	}

	@Test
	void mediaTypeComesFromHeaderThenFileNameThenContent() throws Exception {
		byte[] html = page("").getBytes(UTF_8);
		byte[] text = "Statement of the Ministry\n\nBaku, 26 February".getBytes(UTF_8);
		assertEquals("text/plain", DocumentDecoder.decode(html, header("text/plain")).mediaType());
		assertEquals("text/html", DocumentDecoder.decode(text, header("text/html")).mediaType());
		assertEquals("text/html",
				DocumentDecoder.decode(text, DecodeHints.forFile(Path.of("a.HTM"), Optional.empty())).mediaType());
		assertEquals("text/plain",
				DocumentDecoder.decode(html, DecodeHints.forFile(Path.of("a.txt"), Optional.empty())).mediaType());
		assertEquals("text/html", DocumentDecoder.decode(html, header("application/octet-stream")).mediaType());
		assertEquals("text/html", DocumentDecoder.decode(html, DecodeHints.none()).mediaType());
		assertEquals("text/plain", DocumentDecoder.decode(text, DecodeHints.none()).mediaType());
		byte[] xhtml = "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"><html/>"
				.getBytes(UTF_8);
		assertEquals("text/html", DocumentDecoder.decode(xhtml, DecodeHints.none()).mediaType());
		byte[] angle = "<abbreviations> are listed below".getBytes(UTF_8);
		assertEquals("text/plain", DocumentDecoder.decode(angle, DecodeHints.none()).mediaType());
	}

	@Test
	void pdfNamedHtmlIsRefusedAsBinary() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(WINDOWS_1252);
		DecodeProblem problem = assertThrows(DecodeProblem.class,
				() -> DocumentDecoder.decode(pdf, DecodeHints.forFile(Path.of("statement.html"), Optional.empty())));
		assertEquals("is a binary file (PDF document), not a text or HTML page", problem.getMessage());
	}

	@Test
	void pngServedAsTextHtmlIsRefusedAsBinary() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		DecodeProblem problem = assertThrows(DecodeProblem.class,
				() -> DocumentDecoder.decode(png, header("text/html; charset=utf-8")));
		assertEquals("is a binary file (PNG image), not a text or HTML page", problem.getMessage());
	}

	@Test
	void unknownBinaryWithNulBytesIsRefusedEvenWithACharsetHeader() {
		byte[] bytes = "<html>\u0000\u0001\u0002\u0000 data".getBytes(UTF_8);
		DecodeProblem problem = assertThrows(DecodeProblem.class,
				() -> DocumentDecoder.decode(bytes, header("text/html; charset=windows-1252")));
		assertEquals("is a binary file, not a text or HTML page", problem.getMessage());
	}

	@Test
	void utf16DeclaredByTheHeaderIsNotMistakenForBinary() throws Exception {
		String html = page("");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(UTF_16LE), header("text/html; charset=utf-16le"));
		assertEquals(html, doc.text());
		assertEquals("http-header", doc.charsetRule());
	}

	@Test
	void emptyInputIsRefused() {
		DecodeProblem empty = assertThrows(DecodeProblem.class,
				() -> DocumentDecoder.decode(new byte[0], DecodeHints.none()));
		assertEquals("is empty (0 bytes)", empty.getMessage());
		DecodeProblem onlyMark = assertThrows(DecodeProblem.class, () -> DocumentDecoder
				.decode(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, DecodeHints.none()));
		assertEquals("is empty (only a byte-order mark)", onlyMark.getMessage());
	}

	@Test
	void unknownDeclaredCharsetFallsThroughToTheNextRule() throws Exception {
		String html = page("<meta charset=\"windows-1252\">");
		DecodedDocument doc = DocumentDecoder.decode(html.getBytes(WINDOWS_1252),
				header("text/html; charset=no-such-charset"));
		assertEquals("meta-tag", doc.charsetRule());
		assertEquals(html, doc.text());
	}
}
