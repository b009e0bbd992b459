package org.verbatim.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises binary files: common formats by their first bytes ("magic numbers"), anything else by
 * control characters near the start, where plain text has none.
 */
final class FileSignature {

	/** How much of the start of a file is looked at for control characters. */
	static final int SNIFF_LENGTH = 8192;

	private record Magic(String kind, byte[] prefix) {
	}

	private static final List<Magic> MAGIC = List.of(
			new Magic("PDF document", ascii("%PDF-")),
			new Magic("PNG image", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
			new Magic("JPEG image", bytes(0xFF, 0xD8, 0xFF)),
			new Magic("GIF image", ascii("GIF87a")),
			new Magic("GIF image", ascii("GIF89a")),
			new Magic("ZIP archive or office document", bytes('P', 'K', 0x03, 0x04)),
			new Magic("ZIP archive or office document", bytes('P', 'K', 0x05, 0x06)),
			new Magic("gzip archive", bytes(0x1F, 0x8B)));

	private FileSignature() {
	}

	/** The kind of a well-known binary format the bytes start with, such as "PNG image". */
	static Optional<String> knownBinaryKind(byte[] content) {
		for (Magic magic : MAGIC) {
			if (content.length >= magic.prefix().length
					&& Arrays.equals(content, 0, magic.prefix().length, magic.prefix(), 0, magic.prefix().length)) {
				return Optional.of(magic.kind());
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the start of {@code text} looks binary: any NUL, or more than one control character in
	 * a hundred. Tab, line feed, vertical tab, form feed, carriage return, escape and the old DOS
	 * end-of-file mark occur in real text files and are allowed.
	 */
	static boolean looksBinary(CharSequence text) {
		int length = Math.min(text.length(), SNIFF_LENGTH);
		int controls = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && "\t\n\u000B\f\r\u001A\u001B".indexOf(c) < 0) || c == 0x7F) {
				controls++;
			}
		}
		return controls > 0 && controls * 100 > length;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}
}
