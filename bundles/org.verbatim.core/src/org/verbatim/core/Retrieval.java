package org.verbatim.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One time an original's bytes were read: from a file, or fetched from the web. The same bytes
 * imported again make no second statement, but every retrieval is kept.
 *
 * @param source        the path or URL as the analyst gave it
 * @param retrievedAt   when the bytes were read (UTC)
 * @param finalLocation for a fetch, the URL after redirects
 * @param httpStatus    for a fetch, the final HTTP status
 * @param httpHeaders   for a fetch, the final response's headers as {@code Name: value} lines
 */
public record Retrieval(String source, Instant retrievedAt, Optional<String> finalLocation, OptionalInt httpStatus,
		List<String> httpHeaders) {

	public Retrieval {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(retrievedAt, "retrievedAt");
		Objects.requireNonNull(finalLocation, "finalLocation");
		Objects.requireNonNull(httpStatus, "httpStatus");
		httpHeaders = List.copyOf(httpHeaders);
	}

	/** Reading a file at {@code retrievedAt}. */
	public static Retrieval ofFile(String source, Instant retrievedAt) {
		return new Retrieval(source, retrievedAt, Optional.empty(), OptionalInt.empty(), List.of());
	}
}
