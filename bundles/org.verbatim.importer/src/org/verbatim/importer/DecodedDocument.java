package org.verbatim.importer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An original decoded to text, ready for cleaning.
 *
 * @param text        the whole original as characters (offsets in an {@code OffsetMap} count these)
 * @param charset     the encoding it was decoded with, such as {@code windows-1252}
 * @param charsetRule how that encoding was chosen: {@code byte-order-mark}, {@code http-header},
 *                    {@code meta-tag}, {@code option}, {@code valid-utf8} or {@code detected}
 * @param mediaType   the media type, such as {@code text/html} or {@code text/plain}
 * @param location    where it was fetched from (the final URL after redirects), if from the web
 */
public record DecodedDocument(String text, String charset, String charsetRule, String mediaType,
		Optional<URI> location) {

	public DecodedDocument {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(charsetRule, "charsetRule");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(location, "location");
	}
}
