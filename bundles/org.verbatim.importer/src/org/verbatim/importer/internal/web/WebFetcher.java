package org.verbatim.importer.internal.web;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.IDN;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

/**
 * Fetches one web page with a GET, the way an archive should: redirects are followed here rather
 * than inside the HTTP client, so that every hop (address, status, {@code Location}) is recorded;
 * at most {@link FetchSettings#maxRedirects()} of them, and a loop is recognised as such. Each
 * request is bounded in time (connect and whole-request timeouts) and the body in size while it
 * arrives. Every way of failing becomes a {@link FetchProblem} with one sentence for the analyst;
 * the technical detail goes to the log.
 * <p>
 * Only {@code http} and {@code https} addresses are fetched; a host name in another script is
 * converted to its ASCII form ({@link IDN}). {@code Accept-Encoding: gzip} is sent: a gzip body is
 * decompressed, with the same size limit on what it expands to (a small "gzip bomb" is refused like
 * a huge page), and the body returned is the page itself; the recorded {@code Content-Encoding}
 * header says that it travelled compressed. The body of an error response is kept with the
 * {@link FetchProblem} (within the limit) as what the server said. Thread-safe, and meant to be
 * shared: one fetcher per import keeps one HTTP client and reuses its connections. Close it to
 * release the client's threads.
 */
public final class WebFetcher implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WebFetcher.class.getName());

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

	/** Scheme, authority and the rest of an absolute address, to find its host before parsing it. */
	private static final Pattern AUTHORITY = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$",
			Pattern.DOTALL);

	private final FetchSettings settings;

	private final HttpClient client;

	private final Clock clock;

	/** A fetcher with the default settings. */
	public WebFetcher() {
		this(FetchSettings.defaults());
	}

	/** A fetcher with other timeouts, limits or User-Agent. */
	public WebFetcher(FetchSettings settings) {
		this(settings, Clock.systemUTC());
	}

	WebFetcher(FetchSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.client = HttpClient.newBuilder().followRedirects(Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(settings.connectTimeout()).proxy(ProxySelector.getDefault()).build();
	}

	/**
	 * The address the analyst typed, as a URI to fetch.
	 *
	 * @throws FetchProblem when it is not an {@code http} or {@code https} address with a host
	 */
	public static URI address(String text) throws FetchProblem {
		URI uri;
		try {
			uri = new URI(asciiHost(text, text.strip(), List.of()));
		} catch (URISyntaxException e) {
			throw new FetchProblem(text, "is not a valid web address (" + e.getReason() + " at position "
					+ e.getIndex() + ")", List.of());
		}
		checkFetchable(text, uri, List.of());
		return uri;
	}

	/**
	 * Fetches {@code uri}, following redirects.
	 *
	 * @return the final 2xx response with its body and the redirects that led to it
	 * @throws FetchProblem for any other outcome: an error status, a redirect loop or too many
	 *                      redirects, a timeout, a body over the limit, an unknown host, a refused
	 *                      or failed connection
	 */
	public Retrieval fetch(URI uri) throws FetchProblem {
		String address = uri.toString();
		checkFetchable(address, uri, List.of());
		List<Hop> hops = new ArrayList<>();
		Set<URI> seen = new LinkedHashSet<>();
		URI current = uri;
		seen.add(withoutFragment(current));
		while (true) {
			HttpResponse<byte[]> response = exchange(address, current, hops);
			int status = response.statusCode();
			if (REDIRECTS.contains(status)) {
				URI next = location(address, current, response, hops);
				hops.add(new Hop(current, status, next));
				checkFetchable(address, next, hops);
				if (!seen.add(withoutFragment(next))) {
					throw new FetchProblem(address, "the redirects go round in a loop (" + chain(hops) + ")", hops);
				}
				if (hops.size() > settings.maxRedirects()) {
					throw new FetchProblem(address, "more than " + settings.maxRedirects() + " redirects (last to "
							+ next + "); open it in a browser to see where it leads", hops);
				}
				current = next;
				continue;
			}
			if (status < 200 || status > 299) {
				byte[] page;
				try {
					page = decoded(address, current, response, hops);
				} catch (FetchProblem e) {
					page = new byte[0];
				}
				throw new FetchProblem(address, "the server answered " + StatusReasons.describe(status)
						+ where(current, hops) + StatusReasons.advice(status), hops, page);
			}
			return new Retrieval(uri, current, status, headers(response), Instant.now(clock), hops,
					decoded(address, current, response, hops));
		}
	}

	/** The body with its {@code Content-Encoding} undone, within the size limit. */
	private byte[] decoded(String address, URI target, HttpResponse<byte[]> response, List<Hop> hops)
			throws FetchProblem {
		String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
				.toLowerCase(Locale.ROOT);
		byte[] body = response.body();
		if (encoding.isEmpty() || encoding.equals("identity") || body.length == 0) {
			return body;
		}
		if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
			throw new FetchProblem(address, "the server sent the page compressed as '" + encoding
					+ "', which was not asked for and cannot be read" + where(target, hops), hops);
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			// one byte past the limit tells a page that fits from one that does not
			byte[] page = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
			if (page.length > settings.maxBytes()) {
				throw new FetchProblem(address, "the page is larger than " + mebibytes(settings.maxBytes())
						+ " once decompressed, the limit for one page" + where(target, hops), hops);
			}
			return page;
		} catch (ZipException | EOFException e) {
			LOG.log(Level.DEBUG, "gzip body of " + target + " is damaged", e);
			throw new FetchProblem(address, "the server sent a damaged gzip body" + where(target, hops)
					+ "; try again later", hops);
		} catch (IOException e) {
			throw new FetchProblem(address, "the gzip body could not be read" + where(target, hops) + " ("
					+ e.getMessage() + ")", hops);
		}
	}

	/**
	 * {@code text} with an internationalised host name in its ASCII (punycode) form, which is what
	 * DNS and {@link URI} understand; unchanged when the host is ASCII already.
	 */
	private static String asciiHost(String address, String text, List<Hop> hops) throws FetchProblem {
		Matcher parts = AUTHORITY.matcher(text);
		if (!parts.matches() || parts.group(2).chars().allMatch(c -> c < 0x80)) {
			return text;
		}
		String authority = parts.group(2);
		int at = authority.lastIndexOf('@');
		String userInfo = authority.substring(0, at + 1);
		String hostAndPort = authority.substring(at + 1);
		int colon = hostAndPort.lastIndexOf(':');
		boolean hasPort = colon >= 0 && hostAndPort.substring(colon + 1).chars().allMatch(Character::isDigit);
		String host = hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
		String port = hasPort ? hostAndPort.substring(colon) : "";
		try {
			return parts.group(1) + userInfo + IDN.toASCII(host) + port + parts.group(3);
		} catch (IllegalArgumentException e) {
			throw new FetchProblem(address, (hops.isEmpty() ? "" : "redirects to " + text + ", which ")
					+ "has a host name that is not a valid internationalised domain name (" + host + ")", hops);
		}
	}

	/** Releases the HTTP client's threads and connections. */
	@Override
	public void close() {
		client.close();
	}

	private HttpResponse<byte[]> exchange(String address, URI target, List<Hop> hops) throws FetchProblem {
		HttpRequest request = HttpRequest.newBuilder(target).GET().timeout(settings.requestTimeout())
				.header("User-Agent", settings.userAgent()).header("Accept", ACCEPT)
				.header("Accept-Encoding", "gzip").build();
		BodyHandler<byte[]> handler = info -> {
			long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (info.statusCode() / 100 == 2) {
				return new BoundedBody(settings.maxBytes(), announced);
			}
			// an error page is kept as evidence when it fits; a redirect's body says nothing
			return REDIRECTS.contains(info.statusCode()) ? BoundedBody.unwanted()
					: BoundedBody.ifWithin(settings.maxBytes(), announced);
		};
		CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
		try {
			// the request timeout of the client ends with the headers; this one covers the body too
			return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			throw new FetchProblem(address, "the server did not answer within " + seconds(settings.requestTimeout())
					+ where(target, hops) + "; try again later", hops);
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new FetchProblem(address, "was cancelled", hops);
		} catch (ExecutionException e) {
			throw explain(address, target, hops, e.getCause());
		}
	}

	private FetchProblem explain(String address, URI target, List<Hop> hops, Throwable failure) {
		LOG.log(Level.DEBUG, "fetching " + target + " failed", failure);
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		String host = target.getHost();
		String where = where(target, hops);
		String reason;
		if (chain.stream().anyMatch(BoundedBody.TooLarge.class::isInstance)) {
			reason = "the page is larger than " + mebibytes(settings.maxBytes()) + ", the limit for one page" + where;
		} else if (chain.stream().anyMatch(HttpConnectTimeoutException.class::isInstance)) {
			reason = "could not connect to " + host + " within " + seconds(settings.connectTimeout())
					+ "; check the address or try again later";
		} else if (chain.stream().anyMatch(HttpTimeoutException.class::isInstance)) {
			reason = "the server did not answer within " + seconds(settings.requestTimeout()) + where
					+ "; try again later";
		} else if (chain.stream().anyMatch(t -> t instanceof UnresolvedAddressException
				|| t instanceof UnknownHostException)) {
			reason = "the host " + host + " is unknown (no such domain name); check the address";
		} else if (chain.stream().anyMatch(SSLException.class::isInstance)) {
			String detail = firstMessage(chain, SSLException.class);
			boolean certificate = chain.stream().anyMatch(CertificateException.class::isInstance)
					|| detail.contains("PKIX") || detail.toLowerCase(Locale.ROOT).contains("certificate");
			reason = "the secure connection to " + host + " failed (" + detail + ")" + (certificate
					? "; the site's certificate is not trusted (expired, self-signed or for another name)"
					: "");
		} else if (chain.stream().anyMatch(ConnectException.class::isInstance)) {
			// the client reports a refused connection without a message, other failures with one
			String detail = firstMessage(chain, ConnectException.class);
			boolean refused = chain.stream().filter(ConnectException.class::isInstance)
					.allMatch(t -> t.getMessage() == null || t.getMessage().isBlank())
					|| detail.toLowerCase(Locale.ROOT).contains("refused");
			reason = refused
					? "the connection to " + host + ":" + port(target) + " was refused (no web server answers there)"
					: "could not connect to " + host + " (" + detail + ")";
		} else if (chain.stream().anyMatch(IOException.class::isInstance)) {
			reason = "the connection failed" + where + " (" + firstMessage(chain, IOException.class) + ")";
		} else {
			LOG.log(Level.WARNING, "unexpected failure fetching " + target, failure);
			reason = "could not be fetched (unexpected " + failure.getClass().getSimpleName() + "; see the log)";
		}
		return new FetchProblem(address, reason, hops);
	}

	private static URI location(String address, URI current, HttpResponse<?> response, List<Hop> hops)
			throws FetchProblem {
		String location = response.headers().firstValue("Location").orElse("").strip();
		if (location.isEmpty()) {
			throw new FetchProblem(address, "the server answered " + StatusReasons.describe(response.statusCode())
					+ " without saying where to (no Location header)", hops);
		}
		try {
			return current.resolve(new URI(asciiHost(address, location, hops)));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new FetchProblem(address, "the server redirected to an invalid address: " + location, hops);
		}
	}

	private static void checkFetchable(String address, URI uri, List<Hop> hops) throws FetchProblem {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			String what = hops.isEmpty() ? "is not a web address" : "redirects to " + uri + ", which is not a web address";
			throw new FetchProblem(address, what + "; only http and https addresses are fetched", hops);
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new FetchProblem(address, hops.isEmpty() ? "is not a web address (no host name)"
					: "redirects to " + uri + ", which has no host name", hops);
		}
	}

	private static URI withoutFragment(URI uri) {
		try {
			return new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
		} catch (URISyntaxException e) {
			return uri;
		}
	}

	private static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		response.headers().map().forEach((name, values) -> headers.put(name, List.copyOf(values)));
		return Collections.unmodifiableMap(headers);
	}

	private static String chain(List<Hop> hops) {
		return hops.get(0).uri() + " → "
				+ hops.stream().map(h -> h.location().toString()).collect(Collectors.joining(" → "));
	}

	private static String where(URI target, List<Hop> hops) {
		return hops.isEmpty() ? "" : " (at " + target + " after " + plural(hops.size(), "redirect") + ")";
	}

	private static int port(URI uri) {
		return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static String firstMessage(List<Throwable> chain, Class<? extends Throwable> type) {
		// the most specific message: the innermost of the given type that has one
		String message = null;
		for (Throwable t : chain) {
			if (type.isInstance(t) && t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
		}
		return message != null ? message : chain.get(chain.size() - 1).getClass().getSimpleName();
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	static String mebibytes(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
				: String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
	}
}
