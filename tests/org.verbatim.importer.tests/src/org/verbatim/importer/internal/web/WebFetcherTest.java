package org.verbatim.importer.internal.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.internal.decode.DecodeHints;
import org.verbatim.importer.internal.decode.DocumentDecoder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

class WebFetcherTest {

	private static final FetchSettings QUICK = FetchSettings.defaults().withTimeouts(Duration.ofSeconds(2),
			Duration.ofMillis(700));

	private LocalWebServer server;

	private WebFetcher fetcher;

	@BeforeEach
	void startServer() throws IOException {
		server = new LocalWebServer();
		fetcher = new WebFetcher(QUICK);
	}

	@AfterEach
	void stopServer() {
		fetcher.close();
		server.close();
	}

	private URI url(String path) {
		return server.url(path);
	}

	private void serve(String path, HttpHandler handler) {
		server.serve(path, handler);
	}

	private static void answer(HttpExchange exchange, int status, String contentType, byte[] body)
			throws IOException {
		if (contentType != null) {
			exchange.getResponseHeaders().set("Content-Type", contentType);
		}
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		exchange.getResponseBody().write(body);
	}

	private void redirect(String path, int status, String location) {
		serve(path, exchange -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(status, -1);
		});
	}

	private String problem(URI uri) {
		return assertThrows(FetchProblem.class, () -> fetcher.fetch(uri)).getMessage();
	}

	@Test
	void pageIsFetchedWithItsHeadersStatusInstantAndAPoliteUserAgent() throws Exception {
		byte[] body = "<html><head><title>Statement</title></head><body>Café</body></html>".getBytes(UTF_8);
		AtomicReference<String> agent = new AtomicReference<>();
		serve("/statement", exchange -> {
			agent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
			exchange.getResponseHeaders().set("X-Test", "yes");
			answer(exchange, 200, "text/html; charset=utf-8", body);
		});
		Instant before = Instant.now();
		Retrieval r = fetcher.fetch(url("/statement"));
		assertEquals(200, r.status());
		assertArrayEquals(body, r.body());
		assertEquals(url("/statement"), r.requested());
		assertEquals(url("/statement"), r.finalUri());
		assertEquals(List.of(), r.redirects());
		assertEquals(Optional.of("text/html; charset=utf-8"), r.contentType());
		assertEquals(List.of("yes"), r.headers().get("x-test"));
		assertFalse(r.retrievedAt().isBefore(before));
		assertFalse(r.retrievedAt().isAfter(Instant.now()));
		assertTrue(agent.get().matches("Verbatim/\\d+\\.\\d+\\.\\d+\\S* \\(\\+research workbench; archives public statements\\)"),
				agent.get());
	}

	@Test
	void mislabelledPageFetchedAfterARedirectDecodesReadablyWithItsFinalAddress() throws Exception {
		String html = "<html><head><title>Café “quotes”</title></head><body><p>The Embassy’s statement – "
				+ "Zürich, naïve résumé.</p></body></html>";
		redirect("/short", 301, "/page");
		serve("/page", exchange -> answer(exchange, 200, "text/html; charset=utf-8",
				html.getBytes(Charset.forName("windows-1252"))));
		Retrieval r = fetcher.fetch(url("/short"));
		DecodedDocument doc = DocumentDecoder.decode(r.body(),
				DecodeHints.forWeb(r.contentType(), r.finalUri(), Optional.empty()));
		assertEquals(html, doc.text());
		assertEquals("detected (declared utf-8 is invalid)", doc.charsetRule());
		assertEquals("text/html", doc.mediaType());
		assertEquals(Optional.of(url("/page")), doc.location());
	}

	@Test
	void everyRedirectHopIsRecordedWithItsStatusAndLocation() throws Exception {
		redirect("/old", 301, url("/moved").toString());
		redirect("/moved", 302, "final?x=1");
		redirect("/final", 307, "/statement");
		serve("/statement", exchange -> answer(exchange, 200, "text/plain", "Text".getBytes(UTF_8)));
		Retrieval r = fetcher.fetch(url("/old"));
		assertEquals(url("/statement"), r.finalUri());
		assertEquals(url("/old"), r.requested());
		assertEquals(List.of(new Hop(url("/old"), 301, url("/moved")), new Hop(url("/moved"), 302, url("/final?x=1")),
				new Hop(url("/final?x=1"), 307, url("/statement"))), r.redirects());
		assertEquals("Text", new String(r.body(), UTF_8));
	}

	@Test
	void redirectLoopIsReportedWithItsPath() {
		redirect("/a", 302, "/b");
		redirect("/b", 301, "/a");
		FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(url("/a")));
		assertEquals(url("/a") + ": the redirects go round in a loop (" + url("/a") + " → " + url("/b") + " → "
				+ url("/a") + ")", problem.getMessage());
		assertEquals(2, problem.redirects().size());
	}

	@Test
	void moreThanTenRedirectsAreRefused() {
		serve("/hop/", exchange -> {
			int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
			exchange.getResponseHeaders().set("Location", "/hop/" + (n + 1));
			exchange.sendResponseHeaders(302, -1);
		});
		FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(url("/hop/0")));
		assertEquals(url("/hop/0") + ": more than 10 redirects (last to " + url("/hop/11")
				+ "); open it in a browser to see where it leads", problem.getMessage());
		assertEquals(11, problem.redirects().size());
	}

	@Test
	void tenRedirectsAreFollowed() throws Exception {
		serve("/hop/", exchange -> {
			int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
			if (n == 10) {
				answer(exchange, 200, "text/plain", "arrived".getBytes(UTF_8));
			} else {
				exchange.getResponseHeaders().set("Location", "/hop/" + (n + 1));
				exchange.sendResponseHeaders(302, -1);
			}
		});
		assertEquals(10, fetcher.fetch(url("/hop/0")).redirects().size());
	}

	@Test
	void notFoundIsOneLine() {
		serve("/missing", exchange -> answer(exchange, 404, "text/html", "<h1>Not here</h1>".getBytes(UTF_8)));
		assertEquals(url("/missing") + ": the server answered 404 Not Found; check the address",
				problem(url("/missing")));
	}

	@Test
	void serverErrorAfterARedirectNamesWhereItHappened() {
		redirect("/start", 301, "/broken");
		serve("/broken", exchange -> answer(exchange, 500, "text/plain", "boom".getBytes(UTF_8)));
		assertEquals(url("/start") + ": the server answered 500 Internal Server Error (at " + url("/broken")
				+ " after 1 redirect)", problem(url("/start")));
	}

	@Test
	void redirectWithoutLocationIsOneLine() {
		serve("/nowhere", exchange -> exchange.sendResponseHeaders(302, -1));
		assertEquals(url("/nowhere") + ": the server answered 302 without saying where to (no Location header)",
				problem(url("/nowhere")));
	}

	@Test
	void slowServerTimesOut() {
		serve("/slow", exchange -> {
			sleep(5000);
			answer(exchange, 200, "text/plain", "late".getBytes(UTF_8));
		});
		long start = System.nanoTime();
		assertEquals(url("/slow") + ": the server did not answer within 0.7 s; try again later",
				problem(url("/slow")));
		assertTrue(System.nanoTime() - start < 3_000_000_000L, "gave up in time");
	}

	@Test
	void bodyThatTricklesTooSlowlyTimesOut() {
		serve("/trickle", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 50; i++) {
				out.write('x');
				out.flush();
				sleep(100);
			}
		});
		assertEquals(url("/trickle") + ": the server did not answer within 0.7 s; try again later",
				problem(url("/trickle")));
	}

	@Test
	void bodyLargerThanTheLimitIsAbandonedWhetherAnnouncedOrNot() {
		fetcher.close();
		fetcher = new WebFetcher(QUICK.withMaxBytes(1024 * 1024));
		byte[] big = new byte[1024 * 1024 + 1];
		serve("/announced", exchange -> answer(exchange, 200, "text/plain", big));
		serve("/chunked", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			byte[] block = new byte[64 * 1024];
			// endless: only the limit stops it
			for (int i = 0; i < 100_000; i++) {
				out.write(block);
			}
		});
		String expected = ": the page is larger than 1 MiB, the limit for one page";
		assertEquals(url("/announced") + expected, problem(url("/announced")));
		assertEquals(url("/chunked") + expected, problem(url("/chunked")));
	}

	@Test
	void bodyExactlyAtTheLimitIsAccepted() throws Exception {
		fetcher.close();
		fetcher = new WebFetcher(QUICK.withMaxBytes(1000));
		serve("/exact", exchange -> answer(exchange, 200, "text/plain", new byte[1000]));
		assertEquals(1000, fetcher.fetch(url("/exact")).body().length);
	}

	@Test
	void refusedConnectionIsOneLine() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		URI closed = URI.create("http://127.0.0.1:" + port + "/");
		assertEquals(closed + ": the connection to 127.0.0.1:" + port + " was refused (no web server answers there)",
				problem(closed));
	}

	@Test
	void unknownHostIsOneLine() {
		URI unknown = URI.create("http://nonexistent.invalid/");
		assertEquals("http://nonexistent.invalid/: the host nonexistent.invalid is unknown (no such domain name); "
				+ "check the address", problem(unknown));
	}

	@Test
	void failedTlsHandshakeIsOneLine() throws Exception {
		// a server that answers the TLS greeting in plain HTTP, as a misconfigured port does
		try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			// every connection is answered: the HTTP client may retry a connection that was reset
			Thread.ofPlatform().daemon().start(() -> {
				while (!plain.isClosed()) {
					try (Socket socket = plain.accept()) {
						socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(UTF_8));
					} catch (IOException e) {
						// closed at the end of the test; a failure shows in the message below
					}
				}
			});
			URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/");
			// the first secure connection of a JVM sets up its TLS machinery, which takes longer than
			// the other tests' short timeout on a busy machine; the server here answers at once
			String message;
			try (WebFetcher patient = new WebFetcher(FetchSettings.defaults())) {
				message = assertThrows(FetchProblem.class, () -> patient.fetch(https)).getMessage();
			}
			assertTrue(message.startsWith(https + ": the secure connection to 127.0.0.1 failed ("), message);
			assertTrue(message.endsWith(")"), message);
			assertFalse(message.contains("\n"), message);
		}
	}

	@Test
	void onlyWebAddressesAreFetched() {
		assertEquals("ftp://example.org/a: is not a web address; only http and https addresses are fetched",
				problem(URI.create("ftp://example.org/a")));
		FetchProblem typed = assertThrows(FetchProblem.class, () -> WebFetcher.address("http://exa mple.org/"));
		assertTrue(typed.getMessage().startsWith("http://exa mple.org/: is not a valid web address ("),
				typed.getMessage());
	}

	@Test
	void redirectToANonWebAddressIsRefused() {
		redirect("/file", 302, "file:///etc/passwd");
		assertEquals(url("/file") + ": redirects to file:///etc/passwd, which is not a web address; "
				+ "only http and https addresses are fetched", problem(url("/file")));
	}

	private static byte[] gzip(byte[] bytes, int times) throws IOException {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
			for (int i = 0; i < times; i++) {
				out.write(bytes);
			}
		}
		return packed.toByteArray();
	}

	private void serveGzip(String path, byte[] packed, AtomicReference<String> acceptEncoding) {
		serve(path, exchange -> {
			acceptEncoding.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			answer(exchange, 200, "text/html; charset=utf-8", packed);
		});
	}

	@Test
	void gzipIsAskedForAndTheBodyComesBackDecompressed() throws Exception {
		byte[] page = "<html><body><p>Statement of the Ministry, in full.</p></body></html>".getBytes(UTF_8);
		AtomicReference<String> accept = new AtomicReference<>();
		serveGzip("/gz", gzip(page, 1), accept);
		Retrieval r = fetcher.fetch(url("/gz"));
		assertEquals("gzip", accept.get());
		assertArrayEquals(page, r.body());
		assertEquals(Optional.of("gzip"), r.header("Content-Encoding"));
	}

	@Test
	void gzipBombHitsTheSizeLimitAndAPageAtTheLimitPasses() throws Exception {
		fetcher.close();
		fetcher = new WebFetcher(QUICK.withMaxBytes(1024 * 1024));
		byte[] block = new byte[64 * 1024];
		// 64 MiB of zeros packs into about 64 KiB: small on the wire, far over the limit unpacked
		byte[] bomb = gzip(block, 1024);
		assertTrue(bomb.length < 128 * 1024, "the bomb is small: " + bomb.length);
		AtomicReference<String> accept = new AtomicReference<>();
		serveGzip("/bomb", bomb, accept);
		serveGzip("/full", gzip(block, 16), accept);
		assertEquals(url("/bomb") + ": the page is larger than 1 MiB once decompressed, the limit for one page",
				problem(url("/bomb")));
		assertEquals(1024 * 1024, fetcher.fetch(url("/full")).body().length);
	}

	@Test
	void damagedGzipBodyIsOneLine() {
		AtomicReference<String> accept = new AtomicReference<>();
		serveGzip("/broken", "not gzip at all".getBytes(UTF_8), accept);
		assertEquals(url("/broken") + ": the server sent a damaged gzip body; try again later", problem(url("/broken")));
	}

	@Test
	void errorPageBodyComesWithTheProblemButARedirectsDoesNot() {
		byte[] page = "<h1>This statement has been withdrawn</h1>".getBytes(UTF_8);
		serve("/withdrawn", exchange -> answer(exchange, 410, "text/html", page));
		FetchProblem gone = assertThrows(FetchProblem.class, () -> fetcher.fetch(url("/withdrawn")));
		assertArrayEquals(page, gone.body().orElseThrow());
		serve("/empty", exchange -> answer(exchange, 404, "text/html", new byte[0]));
		assertEquals(Optional.empty(), assertThrows(FetchProblem.class, () -> fetcher.fetch(url("/empty"))).body());
	}

	@Test
	void internationalisedHostNamesAreConvertedToTheirAsciiForm() throws Exception {
		assertEquals(URI.create("http://user@xn--bcher-kva.example:8080/a?b#c"),
				WebFetcher.address("http://user@b\u00fccher.example:8080/a?b#c"));
		assertEquals("xn--h1alffa9f.xn--p1ai", WebFetcher.address("https://\u0440\u043e\u0441\u0441\u0438\u044f.\u0440\u0444/").getHost());
		// full-width digits and ideographic full stops are this machine's loopback address once converted
		serve("/idn", exchange -> answer(exchange, 200, "text/plain", "reached".getBytes(UTF_8)));
		String wide = "http://\uff11\uff12\uff17\u3002\uff10\u3002\uff10\u3002\uff11:" + server.port() + "/idn";
		URI converted = WebFetcher.address(wide);
		assertEquals("127.0.0.1", converted.getHost());
		assertEquals("reached", new String(fetcher.fetch(converted).body(), UTF_8));
		String tooLong = "http://" + "\u00fc".repeat(70) + ".example/";
		FetchProblem invalid = assertThrows(FetchProblem.class, () -> WebFetcher.address(tooLong));
		assertTrue(invalid.getMessage().contains("not a valid internationalised domain name"), invalid.getMessage());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
