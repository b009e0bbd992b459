package org.verbatim.importer;

/**
 * Cleans a decoded original of one media type and reads its metadata. Extractors are OSGi services;
 * for a media type the one with the highest {@code service.ranking} is used, so a plugin can add or
 * replace one.
 */
public interface DocumentExtractor {

	/** Whether this extractor reads documents of {@code mediaType} (such as {@code text/html}). */
	boolean handles(String mediaType);

	/** Cleans {@code document} and reads its metadata; never fails on malformed input. */
	Extraction extract(DecodedDocument document);
}
