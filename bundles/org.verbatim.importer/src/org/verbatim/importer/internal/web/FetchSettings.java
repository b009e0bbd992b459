package org.verbatim.importer.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.jar.Manifest;

/**
 * How patient and how generous a {@link WebFetcher} is.
 *
 * @param connectTimeout how long to wait for the connection to a host
 * @param requestTimeout how long one request may take, from sending it to the last byte of the
 *                       body (each redirect hop gets this much)
 * @param maxBytes       the largest body accepted; a larger one is abandoned while it arrives
 * @param maxRedirects   the most redirects followed for one page
 * @param userAgent      the {@code User-Agent} sent, saying who fetches and why
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects,
		String userAgent) {

	/** Default connect timeout: a host that has not answered in 10 s is not going to. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Default request timeout, body included. */
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

	/** Default size limit: real statement pages are well under 5 MiB, even with inline scripts. */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	/** Default redirect limit (browsers allow about 20; a statement page needs two or three). */
	public static final int DEFAULT_MAX_REDIRECTS = 10;

	public FetchSettings {
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(requestTimeout, "requestTimeout");
		Objects.requireNonNull(userAgent, "userAgent");
		if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
				|| requestTimeout.isZero()) {
			throw new IllegalArgumentException("timeouts must be positive");
		}
		if (maxBytes < 0 || maxRedirects < 0) {
			throw new IllegalArgumentException("limits must not be negative");
		}
	}

	/** The defaults, with the User-Agent {@code Verbatim/<version> (+research workbench; ...)}. */
	public static FetchSettings defaults() {
		return new FetchSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_BYTES,
				DEFAULT_MAX_REDIRECTS, defaultUserAgent());
	}

	/** These settings with other timeouts. */
	public FetchSettings withTimeouts(Duration connect, Duration request) {
		return new FetchSettings(connect, request, maxBytes, maxRedirects, userAgent);
	}

	/** These settings with another size limit. */
	public FetchSettings withMaxBytes(long limit) {
		return new FetchSettings(connectTimeout, requestTimeout, limit, maxRedirects, userAgent);
	}

	/** These settings with another redirect limit. */
	public FetchSettings withMaxRedirects(int limit) {
		return new FetchSettings(connectTimeout, requestTimeout, maxBytes, limit, userAgent);
	}

	/** {@code Verbatim/0.1.0.2025... (+research workbench; archives public statements)}. */
	static String defaultUserAgent() {
		return "Verbatim/" + bundleVersion() + " (+research workbench; archives public statements)";
	}

	private static String bundleVersion() {
		try (InputStream in = FetchSettings.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			if (in != null) {
				String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
				if (version != null) {
					return version;
				}
			}
		} catch (IOException e) {
			// no manifest outside a built bundle: say so in the agent string rather than fail
		}
		return "unknown";
	}
}
