package org.verbatim.importer.internal.web;

import java.util.List;

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

	FetchProblem(String address, String reason, List<Hop> redirects) {
		super(address + ": " + reason, null, false, false);
		this.address = address;
		this.reason = reason;
		this.redirects = List.copyOf(redirects);
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
