package org.verbatim.importer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A URL as fetched, for a {@link SourceImporter} to read.
 *
 * @param address   the URL as the analyst (or a subscription) gave it
 * @param location  the URL after redirects: relative links in the body resolve against it
 * @param mediaType the media type the server stated, lower case without parameters (such as
 *                  {@code application/rss+xml}); empty when it stated none
 * @param body      the bytes exactly as received
 */
public record FetchedSource(String address, URI location, Optional<String> mediaType, byte[] body) {

	public FetchedSource {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(body, "body");
	}
}
