package org.verbatim.importer.internal.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page fetched from the web, with what provenance needs to say how it was obtained.
 *
 * @param requested   the address the analyst gave
 * @param finalUri    the address the body came from, after the redirects
 * @param status      the final HTTP status (2xx: anything else is a {@link FetchProblem})
 * @param headers     the final response's headers; names compare case-insensitively
 * @param retrievedAt when the final response arrived
 * @param redirects   every redirect followed, in order; empty when none
 * @param body        the body as received (not copied: callers must not change it)
 */
public record Retrieval(URI requested, URI finalUri, int status, Map<String, List<String>> headers,
		Instant retrievedAt, List<Hop> redirects, byte[] body) {

	public Retrieval {
		Objects.requireNonNull(requested, "requested");
		Objects.requireNonNull(finalUri, "finalUri");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(retrievedAt, "retrievedAt");
		redirects = List.copyOf(redirects);
		Objects.requireNonNull(body, "body");
	}

	/** The first value of header {@code name} (any case), if sent. */
	public Optional<String> header(String name) {
		return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream()).findFirst();
	}

	/** The {@code Content-Type} header, for {@code DecodeHints.forWeb}. */
	public Optional<String> contentType() {
		return header("Content-Type");
	}
}
