package org.verbatim.importer;

import java.util.List;

/**
 * Turns one fetched source that is not itself a statement, such as an RSS or Atom feed, into the
 * items it lists; each item's page is then imported like any URL the analyst names, so its original
 * is archived and cleaned as usual. Found as an OSGi service: a plugin adds one to read a new kind
 * of source.
 * <p>
 * The import pipeline fetches every http(s) URL it is given and asks the source importers, highest
 * {@code service.ranking} first, whether they {@link #takes take} what came back: an importer may
 * decide by the media type the server stated, by the URL (a pattern of addresses it knows), or by
 * the first bytes. When none takes it, the page is imported as a statement, as without any plugin.
 * The importer's bundle at its version is recorded as the agent of the items' imports, with the
 * source's address and the item's id.
 */
public interface SourceImporter {

	/**
	 * Whether this importer reads {@code source}. Called for every fetched URL, so it should only look
	 * at the media type, the addresses and the start of the body, and must not throw.
	 */
	boolean takes(FetchedSource source);

	/**
	 * The items {@code source} lists, in its order. Items without a page to fetch are returned all
	 * the same (with an empty {@link SourceItem#link()}), so that they can be reported.
	 *
	 * @throws ImportFailure when the source cannot be read (malformed, or refused as unsafe); the
	 *                       message is one sentence without the address, which the caller adds
	 */
	List<SourceItem> items(FetchedSource source) throws ImportFailure;

	/** A short name for messages and provenance, such as {@code RSS/Atom feed}. */
	String kind();
}
