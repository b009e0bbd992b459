package org.verbatim.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to archived original bytes by their SHA-256. The same bytes always have the same
 * reference, so an original is stored once however often it is imported.
 *
 * @param sha256 the lower-case hexadecimal SHA-256 of the bytes
 * @param size   the number of bytes
 */
public record OriginalRef(String sha256, long size) {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	public OriginalRef {
		Objects.requireNonNull(sha256, "sha256");
		if (!SHA256_HEX.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
		}
		if (size < 0) {
			throw new IllegalArgumentException("negative size " + size);
		}
	}

	/** Hashes the given bytes. */
	public static OriginalRef of(byte[] bytes) {
		return new OriginalRef(Sha256.hex(bytes), bytes.length);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "sha256:%s (%d bytes)", sha256, size);
	}
}
