package org.verbatim.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises binary files: common formats by their first bytes ("magic numbers"), anything else by
 * control characters near the start, where plain text has none. Public for the decoder and the
 * archive reader in the sibling packages.
 */
public final class FileSignature {

	/** How much of the start of a file is looked at for control characters. */
	public static final int SNIFF_LENGTH = 8192;

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
			new Magic("gzip archive", bytes(0x1F, 0x8B)),
			new Magic("xz archive", bytes(0xFD, '7', 'z', 'X', 'Z', 0x00)),
			new Magic("7-Zip archive", bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
			new Magic("RAR archive", ascii("Rar!\u001A\u0007")),
			new Magic("old Microsoft Office document", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
			new Magic("PostScript document", ascii("%!PS")),
			new Magic("RTF document", ascii("{\\rtf")),
			new Magic("Ogg media", ascii("OggS")),
			new Magic("Linux program", bytes(0x7F, 'E', 'L', 'F')),
			new Magic("SQLite database", ascii("SQLite format 3\u0000")),
			new Magic("WebAssembly module", bytes(0x00, 'a', 's', 'm')));

	private FileSignature() {
	}

	/** The kind of a well-known binary format the bytes start with, such as "PNG image". */
	public static Optional<String> knownBinaryKind(byte[] content) {
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
	public static boolean looksBinary(CharSequence text) {
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
