package org.verbatim.importer.internal.web;

import java.util.Map;

/**
 * The standard reason phrase of an HTTP status (the JDK client does not pass the server's on), and
 * what the analyst can do about the common failures.
 */
final class StatusReasons {

	private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(300, "Multiple Choices"),
			Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
			Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
			Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
			Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
			Map.entry(410, "Gone"), Map.entry(414, "URI Too Long"), Map.entry(429, "Too Many Requests"),
			Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
			Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
			Map.entry(504, "Gateway Timeout"));

	private StatusReasons() {
	}

	/** {@code 404 Not Found}, or just the number for an unusual status. */
	static String describe(int status) {
		String phrase = PHRASES.get(status);
		return phrase == null ? Integer.toString(status) : status + " " + phrase;
	}

	/** A hint on what to do, starting with "; ", or empty. */
	static String advice(int status) {
		return switch (status) {
			case 401, 402, 403, 407, 451 -> "; the page needs a login or refuses automated access: save it from a browser and import the file";
			case 404, 410 -> "; check the address";
			case 408, 429, 502, 503, 504 -> "; try again later";
			default -> "";
		};
	}
}
