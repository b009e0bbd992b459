package org.verbatim.provenance;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

import org.verbatim.core.OriginalRef;

/**
 * Where a piece of a statement's text is in its archived original: characters of the decoded
 * original and the bytes they were decoded from.
 *
 * @param original  the archived original
 * @param charset   the charset the original was decoded with
 * @param charStart first character of the decoded original (inclusive)
 * @param charEnd   end character of the decoded original (exclusive)
 * @param byteStart first byte of the original (inclusive)
 * @param byteEnd   end byte of the original (exclusive)
 */
public record OriginalSpan(OriginalRef original, String charset, int charStart, int charEnd, long byteStart,
		long byteEnd) {

	/** The charset rule under which the importer dropped a byte-order mark before decoding. */
	static final String RULE_BYTE_ORDER_MARK = "byte-order-mark";

	public OriginalSpan {
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(charset, "charset");
		if (charStart < 0 || charEnd < charStart || byteStart < 0 || byteEnd < byteStart) {
			throw new IllegalArgumentException(
					"not a span: chars " + charStart + "-" + charEnd + ", bytes " + byteStart + "-" + byteEnd);
		}
	}

	/**
	 * The byte span of characters {@code [charStart, charEnd)} of {@code bytes} decoded with
	 * {@code charset}. Decoding runs as the importer's does (malformed input replaced, a byte-order
	 * mark skipped when the charset was chosen by it), so each character is counted against the
	 * bytes it really came from rather than against a re-encoding.
	 *
	 * @throws IllegalArgumentException when the decoded original is shorter than {@code charEnd}
	 */
	public static OriginalSpan of(OriginalRef original, byte[] bytes, Charset charset, String charsetRule,
			int charStart, int charEnd) {
		int skip = charsetRule.equals(RULE_BYTE_ORDER_MARK) ? byteOrderMarkLength(bytes) : 0;
		long byteStart = skip + bytesFor(bytes, skip, charset, charStart);
		long byteEnd = skip + bytesFor(bytes, skip, charset, charEnd);
		return new OriginalSpan(original, charset.name(), charStart, charEnd, byteStart, byteEnd);
	}

	/** How many bytes from {@code offset} decode to the first {@code chars} characters. */
	private static int bytesFor(byte[] bytes, int offset, Charset charset, int chars) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		// an output buffer exactly as long as the prefix: the decoder stops when it is full
		CharBuffer out = CharBuffer.allocate(chars);
		decoder.decode(in, out, true);
		if (out.position() < chars) {
			decoder.flush(out);
		}
		if (out.position() < chars) {
			throw new IllegalArgumentException(
					"the decoded original has " + out.position() + " characters, fewer than " + chars);
		}
		return in.position() - offset;
	}

	private static int byteOrderMarkLength(byte[] b) {
		if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
			return 4;
		}
		if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
			return 3;
		}
		if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
			return 2;
		}
		return 0;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
