package org.verbatim.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.verbatim.core.OffsetMap;

/**
 * The stored form of an {@link OffsetMap}: per run its clean length, the gap in the original since
 * the previous run, its original length and its kind, as a compact byte string. A statement
 * without a stored map has the identity map.
 */
final class OffsetRuns {

	private static final int FORMAT = 1;

	private OffsetRuns() {
	}

	/** Whether {@code map} is the identity over {@code textLength} characters (then nothing is stored). */
	static boolean isIdentity(OffsetMap map, int textLength) {
		return map.runs().equals(OffsetMap.identity(textLength).runs());
	}

	static byte[] encode(OffsetMap map) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + map.runs().size() * 8);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			writeVarint(out, map.runs().size());
			int originalEnd = 0;
			for (OffsetMap.Run run : map.runs()) {
				writeVarint(out, run.cleanEnd() - run.cleanStart());
				writeVarint(out, run.originalStart() - originalEnd);
				writeVarint(out, run.originalEnd() - run.originalStart());
				out.writeByte(run.kind().ordinal());
				originalEnd = run.originalEnd();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		return bytes.toByteArray();
	}

	/** The map back; {@link IllegalArgumentException} when the bytes are not a map this code wrote. */
	static OffsetMap decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			if (in.readByte() != FORMAT) {
				throw new IllegalArgumentException("unknown offset map format");
			}
			int count = readVarint(in);
			List<OffsetMap.Run> runs = new ArrayList<>(Math.min(count, 1 << 16));
			int clean = 0;
			int originalEnd = 0;
			OffsetMap.Run.Kind[] kinds = OffsetMap.Run.Kind.values();
			for (int i = 0; i < count; i++) {
				int cleanLength = readVarint(in);
				int originalStart = originalEnd + readVarint(in);
				originalEnd = originalStart + readVarint(in);
				int kind = in.readUnsignedByte();
				if (kind >= kinds.length) {
					throw new IllegalArgumentException("unknown run kind " + kind);
				}
				runs.add(new OffsetMap.Run(clean, clean + cleanLength, originalStart, originalEnd, kinds[kind]));
				clean += cleanLength;
			}
			if (in.read() != -1) {
				throw new IllegalArgumentException("trailing bytes after the offset map");
			}
			return OffsetMap.of(runs);
		} catch (IOException e) {
			throw new IllegalArgumentException("truncated offset map", e);
		}
	}

	private static void writeVarint(DataOutputStream out, int value) throws IOException {
		int v = value;
		while ((v & ~0x7f) != 0) {
			out.writeByte((v & 0x7f) | 0x80);
			v >>>= 7;
		}
		out.writeByte(v);
	}

	private static int readVarint(DataInputStream in) throws IOException {
		int value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int b = in.readUnsignedByte();
			value |= (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				if (value < 0) {
					throw new IOException("negative length");
				}
				return value;
			}
		}
		throw new IOException("varint too long");
	}
}
