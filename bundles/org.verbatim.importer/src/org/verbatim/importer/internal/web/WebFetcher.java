package org.verbatim.importer.internal.web;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
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
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

/**
 * Fetches one web page with a GET, the way an archive should: redirects are followed here rather
 * than inside the HTTP client, so that every hop (address, status, {@code Location}) is recorded;
 * at most {@link FetchSettings#maxRedirects()} of them, and a loop is recognised as such. Each
 * request is bounded in time (connect and whole-request timeouts) and the body in size while it
 * arrives. Every way of failing becomes a {@link FetchProblem} with one sentence for the analyst;
 * the technical detail goes to the log.
 * <p>
 * Only {@code http} and {@code https} addresses are fetched. The body is kept as received: no
 * {@code Accept-Encoding} is sent, so servers send it uncompressed. Thread-safe; close it to
 * release the client's threads.
 */
public final class WebFetcher implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WebFetcher.class.getName());

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

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
			uri = new URI(text.strip());
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
				throw new FetchProblem(address, "the server answered " + StatusReasons.describe(status)
						+ where(current, hops) + StatusReasons.advice(status), hops);
			}
			return new Retrieval(uri, current, status, headers(response), Instant.now(clock), hops, response.body());
		}
	}

	/** Releases the HTTP client's threads and connections. */
	@Override
	public void close() {
		client.close();
	}

	private HttpResponse<byte[]> exchange(String address, URI target, List<Hop> hops) throws FetchProblem {
		HttpRequest request = HttpRequest.newBuilder(target).GET().timeout(settings.requestTimeout())
				.header("User-Agent", settings.userAgent()).header("Accept", ACCEPT).build();
		BodyHandler<byte[]> handler = info -> info.statusCode() / 100 == 2
				? new BoundedBody(settings.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
				: BoundedBody.unwanted();
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
			return current.resolve(new URI(location));
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
