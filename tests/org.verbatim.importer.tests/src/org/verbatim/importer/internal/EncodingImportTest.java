package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Statement;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportOptions;

class EncodingImportTest extends ImportIntoNewProject {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String TEXT = "Déclaration de l’ambassade – Xocalı\r\nKhojaly, 26 février 1992\n\n"
			+ "« Nous n’oublierons pas » a déclaré l’ambassadeur.\n";

	@Test
	void utf16LittleEndianWithByteOrderMark() throws Exception {
		assertImported(withMark(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(UTF_16LE)), "UTF-16LE",
				"byte-order-mark", ImportOptions.defaults());
	}

	@Test
	void utf16BigEndianWithByteOrderMark() throws Exception {
		assertImported(withMark(new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT.getBytes(UTF_16BE)), "UTF-16BE",
				"byte-order-mark", ImportOptions.defaults());
	}

	@Test
	void utf8ByteOrderMarkIsStrippedFromTheTextButKeptInTheOriginal() throws Exception {
		assertImported(withMark(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(UTF_8)), "UTF-8",
				"byte-order-mark", ImportOptions.defaults());
	}

	@Test
	void byteOrderMarkWinsOverTheCharsetOption() throws Exception {
		assertImported(withMark(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(UTF_16LE)), "UTF-16LE",
				"byte-order-mark", new ImportOptions(Optional.of(WINDOWS_1252)));
	}

	@Test
	void plainUtf8WithMixedLineEnds() throws Exception {
		Statement s = assertImported(TEXT.getBytes(UTF_8), "UTF-8", "valid-utf8", ImportOptions.defaults());
		assertEquals(Optional.of("Déclaration de l’ambassade – Xocalı"), s.title());
	}

	@Test
	void windows1252WithoutDeclarationIsDetectedAndTheOptionOverridesDetection() throws Exception {
		byte[] bytes = TEXT.replace('’', '\'').replace('–', '-').replace('ı', 'i').getBytes(WINDOWS_1252);
		Path file = Files.write(temp.resolve("cp1252.txt"), bytes);
		FileOutcome detected = fixture.importOne(file);
		assertEquals(Kind.IMPORTED, detected.kind(), detected.message());
		Statement s = detected.statement().orElseThrow();
		assertEquals(new String(bytes, WINDOWS_1252).stripTrailing().replace("\r\n", "\n"), s.text(),
				"readable, not mojibake");
		assertEquals("windows-1252", s.charset());
		assertEquals("detected", s.charsetRule());
		assertArrayEquals(bytes, fixture.project.readOriginal(s.original()));

		try (ImportFixture other = new ImportFixture(temp.resolve("other"))) {
			FileOutcome named = other.importOne(file, new ImportOptions(Optional.of(WINDOWS_1252)));
			assertEquals("option", named.statement().orElseThrow().charsetRule());
		}
	}

	@Test
	void bytesInvalidInTheNamedEncodingAreRefusedNamingByteAndOffset() throws Exception {
		String prefix = "A".repeat(1234);
		byte[] bytes = (prefix + "\u00e9").getBytes(WINDOWS_1252);
		FileOutcome failed = fixture.importOne(Files.write(temp.resolve("late.txt"), bytes),
				new ImportOptions(Optional.of(UTF_8)));
		assertEquals(Kind.FAILED, failed.kind());
		assertEquals("is not valid UTF-8 (byte 0xE9 at offset 1234); check the encoding named with --charset",
				failed.message());
	}

	@Test
	void brokenUtf16AfterItsMarkKeepsTheReadablePartAndMarksTheRest() throws Exception {
		// an unpaired high surrogate: decoded as U+FFFD, as browsers do; the original keeps the bytes
		byte[] bytes = { (byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0x00, (byte) 0xD8, 'x', 0 };
		FileOutcome outcome = fixture.importOne(Files.write(temp.resolve("broken16.txt"), bytes));
		assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
		Statement s = outcome.statement().orElseThrow();
		assertTrue(s.text().startsWith("Hi\ufffd"), s.text());
		assertEquals("byte-order-mark", s.charsetRule());
		assertArrayEquals(bytes, fixture.project.readOriginal(s.original()));
	}

	private Statement assertImported(byte[] bytes, String charset, String rule, ImportOptions options)
			throws Exception {
		Path file = Files.write(temp.resolve("statement-" + charset + ".txt"), bytes);
		FileOutcome outcome = fixture.importOne(file, options);
		assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
		Statement s = outcome.statement().orElseThrow();
		assertEquals(TEXT.stripTrailing().replace("\r\n", "\n"), s.text(),
				"the text as decoded, line ends made one (the offset map keeps the originals), no final line end");
		assertEquals(charset, s.charset());
		assertEquals(rule, s.charsetRule());
		assertArrayEquals(bytes, fixture.project.readOriginal(s.original()), "the original keeps its mark");
		return s;
	}

	private static byte[] withMark(byte[] mark, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(mark);
		out.writeBytes(body);
		return out.toByteArray();
	}
}
