package org.verbatim.importer.internal.html;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The article-extraction benchmark in {@code shared/data/extraction/scrapinghub-aeb}, found by
 * walking up from the working folder; a test that needs it fails when it is missing.
 */
final class Benchmark {

	private Benchmark() {
	}

	static Path folder() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("extraction").resolve("scrapinghub-aeb");
			if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
				return candidate;
			}
		}
		throw new AssertionError("no shared/data/extraction/scrapinghub-aeb in " + start + " or any folder above it");
	}
}
