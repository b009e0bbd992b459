package org.verbatim.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement in a project: the text read from an archived original, and what is known about
 * where it came from.
 *
 * @param id          the project-unique identifier shown to analysts, such as {@code S3}
 * @param title       the headline, when one could be read from the source
 * @param text        the statement's text
 * @param source      where the original bytes were read from
 * @param original    the archived original the text was decoded from
 * @param charset     the character encoding used to decode the original, such as {@code UTF-8}
 * @param charsetRule how that encoding was chosen, such as {@code byte-order-mark}
 * @param importedAt  when the statement entered the project
 */
public record Statement(StatementId id, Optional<String> title, String text, String source,
		OriginalRef original, String charset, String charsetRule, Instant importedAt) {

	public Statement {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(charsetRule, "charsetRule");
		Objects.requireNonNull(importedAt, "importedAt");
	}

	/** The title, or the last segment of the source when no title could be read. */
	public String label() {
		return title.orElseGet(() -> {
			int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
			return source.substring(slash + 1);
		});
	}
}
