package org.verbatim.importer.internal.web;

import java.util.List;
import java.util.Optional;

/**
 * Why a page could not be fetched, in one line that starts with the address, such as
 * {@code https://example.org/a: the server answered 404 Not Found}. Expected and explained to the
 * analyst, so it carries no stack trace.
 */
public final class FetchProblem extends Exception {

	private static final long serialVersionUID = 1L;

	private final String address;

	private final String reason;

	private final transient List<Hop> redirects;

	/** The body of an error response, empty when there was none. */
	private final transient byte[] body;

	FetchProblem(String address, String reason, List<Hop> redirects) {
		this(address, reason, redirects, new byte[0]);
	}

	FetchProblem(String address, String reason, List<Hop> redirects, byte[] body) {
		super(address + ": " + reason, null, false, false);
		this.address = address;
		this.reason = reason;
		this.redirects = List.copyOf(redirects);
		this.body = body;
	}

	/**
	 * The page the server sent with an error status (a 404 page, a block page), as received and
	 * within the size limit; empty for every other failure or when it sent no body.
	 */
	public Optional<byte[]> body() {
		return body.length == 0 ? Optional.empty() : Optional.of(body.clone());
	}

	/** The address as the analyst gave it. */
	public String address() {
		return address;
	}

	/** The message without the address, such as {@code the server answered 404 Not Found}. */
	public String reason() {
		return reason;
	}

	/** The redirects followed before the failure. */
	public List<Hop> redirects() {
		return redirects;
	}
}
