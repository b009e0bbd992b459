package org.verbatim.feeds.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.FetchedSource;
import org.verbatim.importer.ImportFailure;

/** Which fetched URLs the feed importer takes: by media type, or by a feed's root element under any type. */
class FeedSourceImporterTest {

	private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>";

	private final FeedSourceImporter importer = new FeedSourceImporter();

	private static FetchedSource fetched(String mediaType, String body) {
		return new FetchedSource("http://127.0.0.1/x", URI.create("http://127.0.0.1/x"), Optional.ofNullable(mediaType),
				body.getBytes(UTF_8));
	}

	@Test
	void feedTypesAndFeedRootsAreTaken() {
		assertTrue(importer.takes(fetched("application/x-rss+xml", RSS)), "the type Python and older servers send");
		assertTrue(importer.takes(fetched("application/octet-stream", RSS)));
		assertTrue(importer.takes(fetched(null, RSS)));
		assertTrue(importer.takes(fetched("application/atom+xml", "not even XML")),
				"a server that says feed is believed, and the feed's problem is reported");
	}

	@Test
	void pagesAndOtherXmlAreLeftToTheUsualImport() {
		assertFalse(importer.takes(fetched("text/html", "<!DOCTYPE html><html><body><p>rss</p></body></html>")));
		assertFalse(importer.takes(fetched("text/xml", "<?xml version=\"1.0\"?><urlset/>")));
		assertFalse(importer.takes(fetched("text/plain", "Black January: hundreds killed")));
	}

	@Test
	void emptyFeedHasNoItemsAndBrokenOneIsOneSentence() throws Exception {
		assertEquals(0, importer.items(fetched("application/rss+xml", RSS)).size());
		ImportFailure failure = assertThrows(ImportFailure.class,
				() -> importer.items(fetched("application/atom+xml", "not even XML")));
		assertTrue(failure.getMessage().startsWith("is not well-formed XML (line 1"), failure.getMessage());
	}
}
