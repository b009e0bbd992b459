package org.verbatim.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.prov.ImportTools;

/**
 * A statement read by an importer and not yet in a project: the original bytes it came from, the
 * clean text read out of them, and how. The project archives the bytes and assigns the id.
 *
 * @param source        where the bytes were read from (a path or URL, as the analyst gave it)
 * @param originalBytes the bytes exactly as read
 * @param title         the headline, when one could be read
 * @param text          the clean text
 * @param charset       the encoding used to decode the bytes
 * @param charsetRule   how the encoding was chosen
 * @param offsets       where each character of {@code text} is in the decoded original
 * @param removals      what cleaning left out of the decoded original, and why
 * @param metadata      what was read out of it, with evidence
 * @param retrieval     for a fetch, the details of the HTTP exchange; empty for a file (the
 *                      project records the file's retrieval at the time of the import)
 */
public record NewStatement(String source, byte[] originalBytes, Optional<String> title, String text,
		String charset, String charsetRule, OffsetMap offsets, List<Removal> removals, StatementMetadata metadata,
		Optional<Retrieval> retrieval, ImportTools tools) {

	public NewStatement {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(originalBytes, "originalBytes");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(charsetRule, "charsetRule");
		Objects.requireNonNull(offsets, "offsets");
		removals = List.copyOf(removals);
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(retrieval, "retrieval");
		Objects.requireNonNull(tools, "tools");
		if (offsets.cleanLength() != text.length()) {
			throw new IllegalArgumentException("the offset map covers " + offsets.cleanLength()
					+ " characters but the text has " + text.length());
		}
	}

	/** A statement whose tools are not known (Verbatim itself is recorded as the software). */
	public NewStatement(String source, byte[] originalBytes, Optional<String> title, String text, String charset,
			String charsetRule, OffsetMap offsets, List<Removal> removals, StatementMetadata metadata,
			Optional<Retrieval> retrieval) {
		this(source, originalBytes, title, text, charset, charsetRule, offsets, removals, metadata, retrieval,
				ImportTools.verbatim());
	}

	/**
	 * A statement whose text is the whole decoded original, unchanged (nothing removed, nothing
	 * read but perhaps a title).
	 */
	public NewStatement(String source, byte[] originalBytes, Optional<String> title, String text, String charset,
			String charsetRule) {
		this(source, originalBytes, title, text, charset, charsetRule, OffsetMap.identity(text.length()), List.of(),
				StatementMetadata.empty(), Optional.empty(), ImportTools.verbatim());
	}
}
