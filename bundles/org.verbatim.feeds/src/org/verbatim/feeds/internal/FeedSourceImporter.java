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
 * ({@code application/rss+xml}, {@code application/atom+xml} and their older {@code x-} forms), or
 * whatever it says when the document's root element is {@code <rss>} or {@code <feed>}: servers send
 * feeds as {@code text/xml}, {@code application/octet-stream} and worse, and an HTML page never
 * opens that way.
 */
@Component(service = SourceImporter.class)
public final class FeedSourceImporter implements SourceImporter {

	/** Media types that name a feed outright. */
	private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
			"application/x-rss+xml", "application/x-atom+xml", "application/feed+xml");

	@Override
	public boolean takes(FetchedSource source) {
		return source.mediaType().filter(FEED_TYPES::contains).isPresent() || FeedReader.looksLikeFeed(source.body());
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
