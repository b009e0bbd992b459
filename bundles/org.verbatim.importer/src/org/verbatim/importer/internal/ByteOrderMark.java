package org.verbatim.importer.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Unicode byte-order mark at the start of a file, which settles its encoding. Public for the
 * decoder in the sibling package.
 *
 * @param charset the encoding the mark stands for
 * @param bytes   the mark itself, not part of the text
 */
public record ByteOrderMark(Charset charset, byte[] bytes) {

	// longest first: the UTF-32LE mark starts with the UTF-16LE one
	private static final List<ByteOrderMark> MARKS = List.of(
			new ByteOrderMark(Charset.forName("UTF-32BE"), new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }),
			new ByteOrderMark(Charset.forName("UTF-32LE"), new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }),
			new ByteOrderMark(StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
			new ByteOrderMark(StandardCharsets.UTF_16BE, new byte[] { (byte) 0xFE, (byte) 0xFF }),
			new ByteOrderMark(StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }));

	/** The mark {@code content} starts with, if any. */
	public static Optional<ByteOrderMark> at(byte[] content) {
		return MARKS.stream().filter(m -> content.length >= m.bytes.length
				&& Arrays.equals(content, 0, m.bytes.length, m.bytes, 0, m.bytes.length)).findFirst();
	}

	/** The mark's bytes (a copy: the marks are shared). */
	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	/** How many bytes the mark takes. */
	public int length() {
		return bytes.length;
	}
}
