package org.verbatim.importer.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a plain-text file into text, choosing the encoding by a fixed order of rules:
 * a byte-order mark decides first, then the encoding the analyst named, then strict UTF-8. Bytes
 * that are not valid in the chosen encoding are refused, never replaced. The text is kept exactly
 * as decoded (line ends included), apart from the byte-order mark itself.
 */
final class PlainTextDecoder {

	/** Rule name: the file starts with a byte-order mark. */
	static final String RULE_BOM = "byte-order-mark";

	/** Rule name: the analyst named the encoding. */
	static final String RULE_OPTION = "option";

	/** Rule name: no mark and no option, and the bytes are valid UTF-8. */
	static final String RULE_UTF8 = "valid-utf8";

	/**
	 * The decoded text of a file.
	 *
	 * @param text    the text without byte-order mark
	 * @param charset the encoding used
	 * @param rule    which rule chose it
	 */
	record DecodedText(String text, Charset charset, String rule) {
	}

	private static final String ASCII_PROBE = "\t\n\r 09AZaz.";

	private PlainTextDecoder() {
	}

	/**
	 * Decodes {@code content}.
	 *
	 * @param option the encoding the analyst named, used when there is no byte-order mark
	 * @throws ImportProblem when the bytes look binary or are not valid in the chosen encoding
	 */
	static DecodedText decode(byte[] content, Optional<Charset> option) throws ImportProblem {
		Optional<ByteOrderMark> mark = ByteOrderMark.at(content);
		Charset charset = mark.map(ByteOrderMark::charset).or(() -> option).orElse(StandardCharsets.UTF_8);
		String rule = mark.isPresent() ? RULE_BOM : option.isPresent() ? RULE_OPTION : RULE_UTF8;
		int start = mark.map(ByteOrderMark::length).orElse(0);
		if (mark.isEmpty() && isAsciiCompatible(charset)) {
			// judge the raw bytes first, so that a binary file is called binary rather than badly encoded
			String head = new String(content, 0, Math.min(content.length, FileSignature.SNIFF_LENGTH),
					StandardCharsets.ISO_8859_1);
			if (FileSignature.looksBinary(head)) {
				throw binary();
			}
		}
		String text = strictDecode(content, start, charset, mark.isPresent(), option.isPresent());
		if (FileSignature.looksBinary(text)) {
			throw binary();
		}
		return new DecodedText(text, charset, rule);
	}

	static ImportProblem binary() {
		return new ImportProblem("is a binary file, not a plain-text statement");
	}

	private static boolean isAsciiCompatible(Charset charset) {
		return charset.canEncode()
				&& Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII));
	}

	private static String strictDecode(byte[] content, int start, Charset charset, boolean byMark, boolean byOption)
			throws ImportProblem {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
		CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
				(long) Math.ceil((content.length - start) * (double) decoder.maxCharsPerByte()) + 1));
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			String where = String.format(Locale.ROOT, "byte 0x%02X at offset %d", content[offset] & 0xFF, offset);
			String name = charset.name();
			if (byMark) {
				throw new ImportProblem("is not valid " + name + " (" + where + ") although it starts with a " + name
						+ " byte-order mark; convert it to UTF-8");
			}
			if (byOption) {
				throw new ImportProblem("is not valid " + name + " (" + where
						+ "); check the encoding named with --charset");
			}
			throw new ImportProblem("is not valid UTF-8 (" + where
					+ "); convert it to UTF-8 or name its encoding, e.g. --charset windows-1252");
		}
		out.flip();
		return out.toString();
	}
}
