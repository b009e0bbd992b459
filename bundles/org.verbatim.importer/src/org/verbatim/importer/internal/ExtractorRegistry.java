package org.verbatim.importer.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.verbatim.importer.DocumentExtractor;

/**
 * The document extractors known to the pipeline, each with its {@code service.ranking}: for a media
 * type the highest-ranked one that handles it is used (the earliest registered among equals), so a
 * plugin replaces a built-in extractor by ranking higher. Safe to change while imports run.
 */
final class ExtractorRegistry {

	private record Ranked(DocumentExtractor extractor, int ranking, long order) {
	}

	private final List<Ranked> extractors = new CopyOnWriteArrayList<>();
	private long registrations;

	synchronized void add(DocumentExtractor extractor, Map<String, Object> properties) {
		Object ranking = properties.get("service.ranking");
		extractors.add(new Ranked(extractor, ranking instanceof Integer i ? i : 0, registrations++));
	}

	void remove(DocumentExtractor extractor) {
		extractors.removeIf(r -> r.extractor() == extractor);
	}

	/** The extractor for {@code mediaType}, if any handles it. */
	Optional<DocumentExtractor> forMediaType(String mediaType) {
		return extractors.stream().filter(r -> r.extractor().handles(mediaType))
				.max(Comparator.comparingInt(Ranked::ranking).thenComparing(Comparator.comparingLong(Ranked::order).reversed()))
				.map(Ranked::extractor);
	}
}
