package org.verbatim.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement read by an importer and not yet in a project: the original bytes it came from and
 * the text decoded from them. The project archives the bytes and assigns the id.
 *
 * @param source      where the bytes were read from (a path or URL, as the analyst gave it)
 * @param originalBytes the bytes exactly as read
 * @param title       the headline, when one could be read
 * @param text        the decoded text
 * @param charset     the encoding used to decode the bytes
 * @param charsetRule how the encoding was chosen
 */
public record NewStatement(String source, byte[] originalBytes, Optional<String> title, String text,
		String charset, String charsetRule) {

	public NewStatement {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(originalBytes, "originalBytes");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(charsetRule, "charsetRule");
	}
}
