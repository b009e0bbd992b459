package org.verbatim.importer;

import java.util.Set;

/**
 * Cleans a decoded original of one media type and reads its metadata. Extractors are OSGi services;
 * for a media type the one with the highest {@code service.ranking} is used, so a plugin can add or
 * replace one.
 */
public interface DocumentExtractor {

	/** Whether this extractor reads documents of {@code mediaType} (such as {@code text/html}). */
	boolean handles(String mediaType);

	/**
	 * File name extensions this extractor reads, lower case without the dot (such as {@code md}).
	 * Folder import takes files with these extensions besides its own ({@code txt}, {@code html},
	 * ...), and a file with one of them goes to the highest-ranked extractor that names it, whatever
	 * media type its content looks like ({@code text/plain} or {@code text/html}). None by default.
	 */
	default Set<String> fileTypes() {
		return Set.of();
	}

	/** Cleans {@code document} and reads its metadata; never fails on malformed input. */
	Extraction extract(DecodedDocument document);
}
