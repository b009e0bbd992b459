package org.verbatim.provenance.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * An original's characters as the importer decoded them: the bytes after a byte-order mark of the
 * recorded charset, decoded with it (bytes that are not valid in it become replacement characters,
 * as they did on import). Offsets into the decoded original count these characters.
 */
public final class OriginalText {

	/** The marks the importer recognises, by the charset each one settles. */
	private static final Map<String, byte[]> MARKS = Map.of( //
			"UTF-32BE", new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }, //
			"UTF-32LE", new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, //
			"UTF-8", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, //
			"UTF-16BE", new byte[] { (byte) 0xFE, (byte) 0xFF }, //
			"UTF-16LE", new byte[] { (byte) 0xFF, (byte) 0xFE });

	private OriginalText() {
	}

	/**
	 * The decoded original.
	 *
	 * @throws IllegalArgumentException when this Java does not know {@code charset}
	 */
	public static String decode(byte[] bytes, String charset) {
		Charset decoder = Charset.forName(charset);
		byte[] mark = MARKS.get(decoder.name());
		int start = mark != null && bytes.length >= mark.length
				&& Arrays.equals(bytes, 0, mark.length, mark, 0, mark.length) ? mark.length : 0;
		if (decoder.equals(StandardCharsets.UTF_8) && start == 0) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return new String(bytes, start, bytes.length - start, decoder);
	}
}
