package org.verbatim.importer.internal;

import java.util.Map;
import java.util.Optional;

import org.verbatim.importer.DocumentExtractor;

/**
 * The document extractors known to the pipeline, each with its {@code service.ranking}: for a media
 * type the highest-ranked one that handles it is used (the earliest registered among equals), so a
 * plugin replaces a built-in extractor by ranking higher. Safe to change while imports run.
 */
final class ExtractorRegistry {

	private final RankedServices<DocumentExtractor> extractors = new RankedServices<>();

	void add(DocumentExtractor extractor, Map<String, Object> properties) {
		extractors.add(extractor, properties);
	}

	void remove(DocumentExtractor extractor) {
		extractors.remove(extractor);
	}

	/** The extractor for {@code mediaType}, if any handles it. */
	Optional<DocumentExtractor> forMediaType(String mediaType) {
		return extractors.best(extractor -> extractor.handles(mediaType));
	}
}
