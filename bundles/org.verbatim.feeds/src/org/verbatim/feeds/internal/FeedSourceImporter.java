package org.verbatim.feeds.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.verbatim.importer.FetchedSource;
import org.verbatim.importer.ImportFailure;
import org.verbatim.importer.SourceImporter;
import org.verbatim.importer.SourceItem;

/**
 * Reads RSS 2.0 and Atom 1.0 feeds for the import pipeline, so that importing a feed's URL imports
 * the page of each of its items. A fetched URL is taken as a feed when the server says it is one
 * ({@code application/rss+xml}, {@code application/atom+xml}), or when it says no more than XML or
 * nothing useful and the document's root element is {@code <rss>} or {@code <feed>}: many servers
 * send feeds as {@code text/xml}, and an HTML page never opens that way.
 */
@Component(service = SourceImporter.class)
public final class FeedSourceImporter implements SourceImporter {

	/** Media types that name a feed outright. */
	private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
			"application/feed+xml");

	/** Media types under which a feed is recognised by its root element. */
	private static final Set<String> XML_TYPES = Set.of("text/xml", "application/xml", "application/rdf+xml",
			"text/plain", "application/octet-stream");

	@Override
	public boolean takes(FetchedSource source) {
		return source.mediaType().map(type -> FEED_TYPES.contains(type)
				|| XML_TYPES.contains(type) && FeedReader.looksLikeFeed(source.body()))
				.orElseGet(() -> FeedReader.looksLikeFeed(source.body()));
	}

	@Override
	public List<SourceItem> items(FetchedSource source) throws ImportFailure {
		try {
			return FeedReader.read(source.body(), source.location()).items();
		} catch (FeedReader.FeedProblem e) {
			throw new ImportFailure(e.getMessage());
		}
	}

	@Override
	public String kind() {
		return "RSS/Atom feed";
	}
}
