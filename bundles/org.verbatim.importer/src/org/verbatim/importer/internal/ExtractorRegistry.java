package org.verbatim.importer.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

	/** The extractor for files with extension {@code fileType} (lower case), if any names it. */
	Optional<DocumentExtractor> forFileType(String fileType) {
		return extractors.best(extractor -> fileTypes(extractor).contains(fileType));
	}

	/** The file name extensions the extractors name, lower case. */
	Set<String> fileTypes() {
		Set<String> types = new TreeSet<>();
		extractors.ordered().forEach(extractor -> types.addAll(fileTypes(extractor)));
		return types;
	}

	/** What {@code extractor} names, lower case; nothing when it fails to say. */
	private static Set<String> fileTypes(DocumentExtractor extractor) {
		try {
			Set<String> types = new TreeSet<>();
			extractor.fileTypes().forEach(type -> types.add(type.toLowerCase(Locale.ROOT)));
			return types;
		} catch (RuntimeException e) {
			return Set.of();
		}
	}

	/** The extractor for {@code mediaType}, if any handles it. */
	Optional<DocumentExtractor> forMediaType(String mediaType) {
		return extractors.best(extractor -> extractor.handles(mediaType));
	}
}
