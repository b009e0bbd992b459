package org.verbatim.importer;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param charset the encoding to decode files with when they carry no byte-order mark; empty means
 *                UTF-8, and a file that is not valid UTF-8 is refused with advice to name its
 *                encoding
 */
public record ImportOptions(Optional<Charset> charset) {

	public ImportOptions {
		Objects.requireNonNull(charset, "charset");
	}

	/** UTF-8 unless a byte-order mark says otherwise. */
	public static ImportOptions defaults() {
		return new ImportOptions(Optional.empty());
	}
}
