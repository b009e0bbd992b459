package org.verbatim.feeds.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.cli.CommandInput;
import org.verbatim.cli.CommandProblem;
import org.verbatim.core.Statement;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.store.Project;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

import com.sun.net.httpserver.HttpServer;

/**
 * Subscribing a project to a feed served on 127.0.0.1 and updating it, through the feeds command
 * and the real import pipeline and store. The feed's items link to pages made of the seed
 * statements in {@code shared/seeds}.
 */
@SuppressWarnings("restriction")
class FeedSubscriptionTest {

	@TempDir
	Path temp;

	private HttpServer server;
	private ExecutorService executor;
	/** Path to content type and body; what the server answers (404 for anything else). */
	private final Map<String, String[]> pages = new ConcurrentHashMap<>();
	private final List<String> seeds = new ArrayList<>();
	private Path project;
	private FeedsCommand command;

	@BeforeEach
	void start() throws Exception {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		server.createContext("/", exchange -> {
			try (exchange) {
				String[] page = pages.get(exchange.getRequestURI().getPath());
				byte[] body = (page == null ? "not found" : page[1]).getBytes(UTF_8);
				exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page[0]);
				exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
				exchange.getResponseBody().write(body);
			}
		});
		server.start();
		try (Stream<Path> files = Files.list(seedFolder())) {
			for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				seeds.add(Files.readString(seed, UTF_8));
			}
		}
		assertEquals(5, seeds.size(), "shared/seeds should hold the five sample statements");
		for (int i = 0; i < seeds.size(); i++) {
			pages.put("/pages/" + i + ".txt", new String[] { "text/plain; charset=utf-8", seeds.get(i) });
		}
		project = temp.resolve("project");
		new SqliteProjectStore().create(project).close();
		command = new FeedsCommand(new SqliteProjectStore(),
				StatementImportPipeline.withBuiltInExtractors().withSourceImporter(new FeedSourceImporter()));
	}

	@AfterEach
	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	private static Path seedFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared").resolve("seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new AssertionError("no shared/seeds above " + Path.of("").toAbsolutePath());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** An RSS feed of items 0..n-1 with relative links, item i linking to /pages/i.txt. */
	private static String rss(int items) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Statements</title>
				""");
		for (int i = 0; i < items; i++) {
			xml.append("<item><title><![CDATA[Statement ").append(i).append(" & more]]></title><link>pages/").append(i)
					.append(".txt</link><guid isPermaLink=\"false\">seed-").append(i)
					.append("</guid><dc:creator>Press office</dc:creator></item>\n");
		}
		return xml.append("</channel></rss>\n").toString();
	}

	private static String atom(int items) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Statements</title><id>urn:x:feed</id>
				""");
		for (int i = 0; i < items; i++) {
			xml.append("<entry><id>urn:x:").append(i).append("</id><title>Statement ").append(i)
					.append("</title><link href=\"/pages/").append(i).append(".txt\"/><updated>2024-01-0").append(i + 1)
					.append("T00:00:00Z</updated></entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	/** What one run of the command printed, and its exit status. */
	private record Run(int status, String out, String err) {
	}

	private Run feeds(Path projectDir, String... operands) throws CommandProblem {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = command.run(new CommandInput(Map.of("project", projectDir.toString()), Set.of(), List.of(operands)),
				new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
		return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
	}

	private Run feeds(String... operands) throws CommandProblem {
		return feeds(project, operands);
	}

	private List<Statement> statements(Path projectDir) throws Exception {
		try (Project opened = new SqliteProjectStore().openReadOnly(projectDir)) {
			return opened.statements();
		}
	}

	@Test
	void updateImportsNewItemsOnlyAndSaysHowManyWereThere() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(5) });
		String feed = url("/rss.xml");
		Run subscribed = feeds("subscribe", feed);
		assertEquals(0, subscribed.status());
		assertEquals("subscribed " + project + " to " + feed + "\n", subscribed.out());

		Run first = feeds("update");
		assertEquals(new Run(0, feed + ": 5 new, 0 already there\n", ""), first);
		List<Statement> imported = statements(project);
		assertEquals(5, imported.size());
		for (int i = 0; i < 5; i++) {
			assertEquals(url("/pages/" + i + ".txt"), imported.get(i).source(), "relative links resolve against the feed");
		}

		assertEquals(new Run(0, feed + ": 0 new, 5 already there\n", ""), feeds("update"));

		pages.put("/pages/5.txt", new String[] { "text/plain", seeds.get(0) + "\nAn update of the statement." });
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(6) });
		assertEquals(new Run(0, feed + ": 1 new, 5 already there\n", ""), feeds("update", feed));
		assertEquals(6, statements(project).size());
		assertTrue(feeds("list").out().contains(feed + "  subscribed "), feeds("list").out());
		assertTrue(feeds("list").out().contains(", 6 items imported"), feeds("list").out());
	}

	@Test
	void atomFeedServedAsXmlIsReadToo() throws Exception {
		pages.put("/atom", new String[] { "text/xml", atom(5) });
		feeds("subscribe", url("/atom"));
		assertEquals(new Run(0, url("/atom") + ": 5 new, 0 already there\n", ""), feeds("update"));
		assertEquals(new Run(0, url("/atom") + ": 0 new, 5 already there\n", ""), feeds("update"));
	}

	@Test
	void provenanceNamesThePluginTheFeedAndTheItem() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(2) });
		feeds("subscribe", url("/rss.xml"));
		feeds("update");
		try (Project opened = new SqliteProjectStore().openReadOnly(project)) {
			List<ProvEntry> about = opened.provenanceAbout("statement/S2/1");
			String record = about.get(0).canonical();
			assertTrue(record.contains("\"via-item\":\"seed-1\""), record);
			assertTrue(record.contains("\"via\":\"" + url("/rss.xml") + "\""), record);
			assertTrue(record.contains("agent/software/org.verbatim.feeds/"), record);
			assertTrue(record.contains("\"source\":\"" + url("/pages/1.txt") + "\""), record);
		}
	}

	@Test
	void itemWhosePageIsMissingIsReportedAndTriedAgainLater() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(5) });
		String[] third = pages.remove("/pages/2.txt");
		feeds("subscribe", url("/rss.xml"));
		Run update = feeds("update");
		assertEquals(1, update.status());
		assertEquals(url("/rss.xml") + ": 4 new, 0 already there, 1 failed\n", update.out());
		assertTrue(update.err().startsWith("verbatim: " + url("/pages/2.txt") + ": "), update.err());
		assertTrue(update.err().contains("404"), update.err());
		assertEquals(1, update.err().lines().count());

		pages.put("/pages/2.txt", third);
		assertEquals(new Run(0, url("/rss.xml") + ": 1 new, 4 already there\n", ""), feeds("update"));
	}

	@Test
	void malformedFeedIsOneLineAndImportsNothing() throws Exception {
		pages.put("/bad.xml", new String[] { "application/rss+xml", "<rss><channel><item><title>x</channel></rss>" });
		feeds("subscribe", url("/bad.xml"));
		Run update = feeds("update");
		assertEquals(1, update.status());
		assertEquals(url("/bad.xml") + ": 0 new, 0 already there, 1 failed\n", update.out());
		assertTrue(update.err().startsWith("verbatim: " + url("/bad.xml") + ": is not well-formed XML (line 1"),
				update.err());
		assertEquals(0, statements(project).size());
	}

	@Test
	void feedWithExternalEntityIsRefused() throws Exception {
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET", UTF_8);
		pages.put("/xxe.xml", new String[] { "application/rss+xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
				+ secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><item><title>&x;</title><link>pages/0.txt</link>"
				+ "</item></channel></rss>" });
		feeds("subscribe", url("/xxe.xml"));
		Run update = feeds("update");
		assertEquals(1, update.status());
		assertEquals("verbatim: " + url("/xxe.xml") + ": declares a DOCTYPE, which is refused in feeds (its entities"
				+ " could read local files or other addresses)\n", update.err());
		assertEquals(0, statements(project).size());
	}

	@Test
	void missingFeedIsOneLine() throws Exception {
		feeds("subscribe", url("/gone.xml"));
		Run update = feeds("update");
		assertEquals(1, update.status());
		assertTrue(update.err().startsWith("verbatim: " + url("/gone.xml") + ": "), update.err());
		assertTrue(update.err().contains("404"), update.err());
		assertEquals(1, update.err().lines().count());
	}

	@Test
	void subscriptionsTravelWithACopiedProjectFolder() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(5) });
		feeds("subscribe", url("/rss.xml"));
		feeds("update");
		Path copy = temp.resolve("copy");
		try (Stream<Path> all = Files.walk(project)) {
			for (Path from : all.toList()) {
				Path to = copy.resolve(project.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else {
					Files.copy(from, to);
				}
			}
		}
		assertTrue(feeds(copy, "list").out().contains(url("/rss.xml") + "  subscribed "));
		assertEquals(new Run(0, url("/rss.xml") + ": 0 new, 5 already there\n", ""), feeds(copy, "update"));
	}

	@Test
	void pageImportedByHandBeforeIsAlreadyThere() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(5) });
		try (Project opened = new SqliteProjectStore().open(project)) {
			StatementImportPipeline.withBuiltInExtractors().importSources(opened, List.of(url("/pages/3.txt")),
					ImportOptions.defaults(), ImportListener.NONE);
		}
		feeds("subscribe", url("/rss.xml"));
		assertEquals(new Run(0, url("/rss.xml") + ": 4 new, 1 already there\n", ""), feeds("update"));
	}

	@Test
	void withoutThePluginAFeedUrlIsImportedAsAPageAsBefore() throws Exception {
		pages.put("/rss.xml", new String[] { "application/rss+xml", rss(5) });
		try (Project opened = new SqliteProjectStore().open(project)) {
			List<FileOutcome> outcomes = new ArrayList<>();
			ImportReport report = StatementImportPipeline.withBuiltInExtractors().importSources(opened,
					List.of(url("/rss.xml")), ImportOptions.defaults(), outcomes::add);
			assertEquals(1, report.count(FileOutcome.Kind.IMPORTED), outcomes.toString());
			assertEquals(url("/rss.xml"), opened.statements().get(0).source());
		}
	}

	@Test
	void badCommandLinesAreUsageErrors() throws Exception {
		assertTrue(assertThrows(CommandProblem.class, () -> feeds("subscribe", "feed.xml")).isUsage());
		assertTrue(assertThrows(CommandProblem.class, () -> feeds("refresh")).isUsage());
		assertTrue(assertThrows(CommandProblem.class, () -> feeds()).isUsage());
		CommandProblem notSubscribed = assertThrows(CommandProblem.class, () -> feeds("update", url("/rss.xml")));
		assertTrue(!notSubscribed.isUsage() && notSubscribed.getMessage().contains("is not subscribed"));
		feeds("subscribe", url("/rss.xml"));
		assertEquals(0, feeds("unsubscribe", url("/rss.xml")).status());
		assertThrows(CommandProblem.class, () -> feeds("unsubscribe", url("/rss.xml")));
	}

	@Test
	void missingProjectIsAnInputError() {
		CommandProblem problem = assertThrows(CommandProblem.class, () -> feeds(temp.resolve("nowhere"), "list"));
		assertTrue(!problem.isUsage(), problem.getMessage());
	}
}
