package org.verbatim.feeds.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.importer.SourceItem;

/** RSS and Atom as they come: namespaces, CDATA, entities, relative links, and hostile documents. */
class FeedReaderTest {

	private static final URI FEED = URI.create("https://example.org/news/feed.xml");

	@TempDir
	Path temp;

	private static List<SourceItem> read(String xml) throws FeedReader.FeedProblem {
		return FeedReader.read(xml.getBytes(UTF_8), FEED).items();
	}

	@Test
	void rssItemsKeepGuidLinkTitleDateAuthorAndContent() throws Exception {
		List<SourceItem> items = read("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
				     xmlns:dc="http://purl.org/dc/elements/1.1/">
				  <channel><title>News</title>
				    <item>
				      <title>Black January &amp; its 29th anniversary &#8212; &quot;tribute&quot;</title>
				      <link>../2019/01/black-january.html</link>
				      <guid isPermaLink="false">icesco-2019-0118</guid>
				      <pubDate>Fri, 18 Jan 2019 09:30:00 GMT</pubDate>
				      <dc:creator>ISESCO</dc:creator>
				      <description>short</description>
				      <content:encoded><![CDATA[<p>The <b>whole</b> text & more</p>]]></content:encoded>
				    </item>
				    <item><guid>https://example.org/news/second.html</guid><title>Second</title></item>
				  </channel>
				</rss>
				""");
		assertEquals(2, items.size());
		SourceItem first = items.get(0);
		assertEquals("icesco-2019-0118", first.id());
		assertEquals(Optional.of("https://example.org/2019/01/black-january.html"), first.link());
		assertEquals(Optional.of("Black January & its 29th anniversary \u2014 \"tribute\""), first.title());
		assertEquals(Optional.of(Instant.parse("2019-01-18T09:30:00Z")), first.published());
		assertEquals(Optional.of("ISESCO"), first.author());
		assertEquals(Optional.of("<p>The <b>whole</b> text & more</p>"), first.content());
		// a guid without isPermaLink="false" is the item's link when it has no <link>
		assertEquals(Optional.of("https://example.org/news/second.html"), items.get(1).link());
		assertEquals("https://example.org/news/second.html", items.get(1).id());
	}

	@Test
	void atomEntriesResolveLinksAgainstXmlBase() throws Exception {
		List<SourceItem> items = read("""
				<?xml version="1.0" encoding="utf-8"?>
				<a:feed xmlns:a="http://www.w3.org/2005/Atom" xml:base="https://mirror.example.net/statements/">
				  <a:title>Statements</a:title>
				  <a:author><a:name>Press office</a:name></a:author>
				  <a:entry>
				    <a:id>tag:example.net,2024:khojaly</a:id>
				    <a:title type="html">Khojaly &lt;remembered&gt;</a:title>
				    <a:link rel="edit" href="/edit/1"/>
				    <a:link href="khojaly.html"/>
				    <a:updated>2024-02-26T10:00:00+04:00</a:updated>
				    <a:summary>Xocal\u0131</a:summary>
				  </a:entry>
				  <a:entry xml:base="https://other.example.com/x/">
				    <a:id>urn:uuid:2</a:id><a:title>Other</a:title><a:link rel="alternate" href="y.html"/>
				    <a:author><a:name>Someone</a:name></a:author>
				  </a:entry>
				</a:feed>
				""");
		assertEquals(2, items.size());
		assertEquals("tag:example.net,2024:khojaly", items.get(0).id());
		assertEquals(Optional.of("https://mirror.example.net/statements/khojaly.html"), items.get(0).link());
		assertEquals(Optional.of("Khojaly <remembered>"), items.get(0).title());
		assertEquals(Optional.of(Instant.parse("2024-02-26T06:00:00Z")), items.get(0).published());
		assertEquals(Optional.of("Press office"), items.get(0).author(), "the feed's author stands for its entries");
		assertEquals(Optional.of("Xocal\u0131"), items.get(0).content());
		assertEquals(Optional.of("https://other.example.com/x/y.html"), items.get(1).link());
		assertEquals(Optional.of("Someone"), items.get(1).author());
	}

	@Test
	void doctypeWithExternalEntityIsRefusedWithoutReadingTheFile() throws Exception {
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT", UTF_8);
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
				<rss version="2.0"><channel><item><title>&leak;</title><link>https://example.org/a</link></item></channel></rss>
				""".formatted(secret.toUri());
		FeedReader.FeedProblem problem = assertThrows(FeedReader.FeedProblem.class, () -> read(xxe));
		assertTrue(problem.getMessage().startsWith("declares a DOCTYPE, which is refused"), problem.getMessage());
		assertFalse(problem.getMessage().contains("TOP-SECRET"), problem.getMessage());
	}

	@Test
	void malformedFeedSaysWhereItBreaks() {
		FeedReader.FeedProblem problem = assertThrows(FeedReader.FeedProblem.class,
				() -> read("<rss version=\"2.0\"><channel><item><title>open</channel></rss>"));
		assertTrue(problem.getMessage().startsWith("is not well-formed XML (line 1, column"), problem.getMessage());
	}

	@Test
	void htmlEntityUnknownToXmlIsMalformedNotGuessed() {
		assertThrows(FeedReader.FeedProblem.class,
				() -> read("<rss><channel><item><title>a&nbsp;b</title></item></channel></rss>"));
	}

	@Test
	void otherXmlIsNotAFeed() {
		FeedReader.FeedProblem problem = assertThrows(FeedReader.FeedProblem.class,
				() -> read("<?xml version=\"1.0\"?><urlset><url/></urlset>"));
		assertEquals("is XML but not an RSS 2.0 or Atom 1.0 feed (its root element is <urlset>)", problem.getMessage());
	}

	@Test
	void feedIsRecognisedByItsRootElementOnly() {
		assertTrue(FeedReader.looksLikeFeed("\uFEFF<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">".getBytes(UTF_8)));
		assertTrue(FeedReader.looksLikeFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(UTF_8)));
		assertFalse(FeedReader.looksLikeFeed("<!DOCTYPE html><html><body>feed</body></html>".getBytes(UTF_8)));
		assertFalse(FeedReader.looksLikeFeed("Black January: hundreds killed".getBytes(UTF_8)));
	}
}
