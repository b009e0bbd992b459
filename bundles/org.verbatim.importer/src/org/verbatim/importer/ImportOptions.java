package org.verbatim.importer;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How to import.
 *
 * @param charset the encoding to decode files with when they carry no byte-order mark; empty means
 *                UTF-8, and a file that is not valid UTF-8 is refused with advice to name its
 *                encoding
 * @param items   which items of a source read by a {@link SourceImporter} (a feed) to import; the
 *                others are passed over without a word, as a subscription does with items the
 *                project has already
 */
public record ImportOptions(Optional<Charset> charset, Predicate<SourceItem> items) {

	public ImportOptions {
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(items, "items");
	}

	/** Options that import every item of a source. */
	public ImportOptions(Optional<Charset> charset) {
		this(charset, item -> true);
	}

	/** UTF-8 unless a byte-order mark says otherwise. */
	public static ImportOptions defaults() {
		return new ImportOptions(Optional.empty());
	}

	/** These options, importing only the items of a source that {@code filter} accepts. */
	public ImportOptions withItems(Predicate<SourceItem> filter) {
		return new ImportOptions(charset, filter);
	}
}
