package org.verbatim.importer.internal.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** An HTTP server on 127.0.0.1 at a free port, for tests that fetch; close it after each test. */
public final class LocalWebServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	/** Starts the server with no pages yet. */
	public LocalWebServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		server.start();
	}

	/** The server's address for {@code path}. */
	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

	/** The port it listens on. */
	public int port() {
		return server.getAddress().getPort();
	}

	/** Answers requests under {@code path} with {@code handler}; the exchange is closed afterwards. */
	public void serve(String path, HttpHandler handler) {
		server.createContext(path, exchange -> {
			try (exchange) {
				handler.handle(exchange);
			}
		});
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
