package org.verbatim.importer.internal.web;

import java.net.URI;
import java.util.Objects;

/**
 * One redirect on the way to a page.
 *
 * @param uri      the address requested
 * @param status   the redirect status the server answered, such as 301
 * @param location where it pointed, resolved against {@code uri} (the {@code Location} header)
 */
public record Hop(URI uri, int status, URI location) {

	public Hop {
		Objects.requireNonNull(uri, "uri");
		Objects.requireNonNull(location, "location");
	}
}
