package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.core.FailedImport;
import org.verbatim.core.OriginalRef;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.internal.web.LocalWebServer;

/**
 * No original is lost: bytes are archived as soon as they are read, and an import that then fails
 * is recorded in the project with the original it kept.
 */
class KeptOriginalsImportTest extends ImportIntoNewProject {

	/** A PNG header: what a download saved under a page's name looks like. */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	private LocalWebServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = new LocalWebServer();
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	private String url(String path) {
		return server.url(path).toString();
	}

	private void serve(String path, int status, String contentType, byte[] body) {
		server.serve(path, exchange -> {
			exchange.getResponseHeaders().set("Content-Type", contentType);
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			exchange.getResponseBody().write(body);
		});
	}

	private ImportReport importSources(String... sources) {
		return StatementImportPipeline.withBuiltInExtractors().importSources(fixture.project, List.of(sources),
				ImportOptions.defaults(), ImportListener.NONE);
	}

	private void assertKept(FailedImport failure, byte[] bytes) throws Exception {
		OriginalRef kept = failure.original().orElseThrow(() -> new AssertionError("no original kept: " + failure));
		assertEquals(OriginalRef.of(bytes), kept);
		assertArrayEquals(bytes, fixture.project.readOriginal(kept));
		Path blob = fixture.project.directory().resolve("originals").resolve(kept.sha256().substring(0, 2))
				.resolve(kept.sha256());
		assertArrayEquals(bytes, Files.readAllBytes(blob));
	}

	@Test
	void binaryFileNamedHtmlIsKeptAndRecordedWithTheReasonShown() throws Exception {
		Path photo = Files.write(temp.resolve("statement.html"), PNG);
		FileOutcome outcome = fixture.importOne(photo);
		assertEquals(Kind.FAILED, outcome.kind());
		List<FailedImport> failures = fixture.project.failedImports();
		assertEquals(1, failures.size());
		assertEquals(photo.toString(), failures.get(0).source());
		assertEquals(outcome.message(), failures.get(0).reason());
		assertKept(failures.get(0), PNG);
		assertEquals(List.of(), fixture.project.statements());
	}

	@Test
	void pageWithNoTextAfterCleaningIsKept() throws Exception {
		byte[] furniture = "<html><body><nav><a href=/>Home</a></nav><script>var x=1;</script></body></html>"
				.getBytes(UTF_8);
		FileOutcome outcome = fixture.importOne(Files.write(temp.resolve("menu.html"), furniture));
		assertEquals(Kind.FAILED, outcome.kind());
		assertKept(fixture.project.failedImports().get(0), furniture);
	}

	@Test
	void missingFileIsRecordedWithoutAnOriginal() throws Exception {
		Path missing = temp.resolve("gone.txt");
		fixture.importOne(missing);
		FailedImport failure = fixture.project.failedImports().get(0);
		assertEquals(missing.toString(), failure.source());
		assertEquals("does not exist", failure.reason());
		assertEquals(Optional.empty(), failure.original());
	}

	@Test
	void failedZipEntryIsKeptAndTheOtherEntriesImported() throws Exception {
		Path zip = temp.resolve("batch.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("good.txt"));
			out.write("Statement on the anniversary of the tragedy.\n".getBytes(UTF_8));
			out.putNextEntry(new ZipEntry("photo.html"));
			out.write(PNG);
		}
		List<FileOutcome> outcomes = fixture.importAll(ImportOptions.defaults(), zip);
		assertEquals(List.of(Kind.IMPORTED, Kind.FAILED), outcomes.stream().map(FileOutcome::kind).toList());
		FailedImport failure = fixture.project.failedImports().get(0);
		assertEquals(zip + "!/photo.html", failure.source());
		assertKept(failure, PNG);
	}

	@Test
	void sourceThatSucceedsAfterAFixIsANormalImportAndTheFailureStaysListed() throws Exception {
		Path page = Files.write(temp.resolve("page.html"), PNG);
		assertEquals(Kind.FAILED, fixture.importOne(page).kind());
		Files.writeString(page, "<html><body><p>The minister said the talks would go on.</p></body></html>", UTF_8);
		FileOutcome fixed = fixture.importOne(page);
		assertEquals(Kind.IMPORTED, fixed.kind());
		assertEquals(1, fixture.project.statements().size());
		assertEquals(List.of(page.toString()),
				fixture.project.failedImports().stream().map(FailedImport::source).toList());
	}

	@Test
	void errorPageBodyIsKeptWithTheFailure() throws Exception {
		byte[] notFound = "<html><body><h1>Statement withdrawn</h1></body></html>".getBytes(UTF_8);
		serve("/withdrawn", 404, "text/html", notFound);
		ImportReport report = importSources(url("/withdrawn"));
		assertEquals(1, report.count(Kind.FAILED));
		FailedImport failure = fixture.project.failedImports().get(0);
		assertEquals(url("/withdrawn"), failure.source());
		assertTrue(failure.reason().contains("404"), failure.reason());
		assertKept(failure, notFound);
	}

	@Test
	void unreachableHostIsRecordedWithoutAnOriginal() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		importSources("http://127.0.0.1:" + closedPort + "/x");
		FailedImport failure = fixture.project.failedImports().get(0);
		assertTrue(failure.reason().contains("refused"), failure.reason());
		assertEquals(Optional.empty(), failure.original());
	}

	@Test
	void fetchedPageThatFailsToCleanIsKept() throws Exception {
		serve("/image", 200, "text/html", PNG);
		importSources(url("/image"));
		assertKept(fixture.project.failedImports().get(0), PNG);
	}

	@Test
	void pagesOfOneImportShareOneConnection() throws Exception {
		Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
		for (String name : List.of("/a", "/b", "/c")) {
			byte[] body = ("<html><body><p>Statement " + name + " on the talks, in full.</p></body></html>").getBytes(UTF_8);
			server.serve(name, exchange -> {
				clientPorts.add(exchange.getRemoteAddress().getPort());
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
		}
		ImportReport report = importSources(url("/a"), url("/b"), url("/c"));
		assertEquals(3, report.count(Kind.IMPORTED));
		// a client per page would open a connection per page, each from its own local port
		assertEquals(1, clientPorts.size(), clientPorts.toString());
	}
}
