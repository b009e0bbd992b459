package org.verbatim.importer.internal.dedup;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code shared} folder with the seeds and the extraction benchmark data, found by walking up from
 * the working folder; a test that needs it fails when it is missing rather than passing on nothing.
 */
final class SharedData {

	private SharedData() {
	}

	static Path folder() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path shared = dir.resolve("shared");
			if (Files.isRegularFile(shared.resolve("data/extraction/scrapinghub-aeb/ground-truth.json"))
					&& Files.isDirectory(shared.resolve("seeds"))) {
				return shared;
			}
		}
		throw new AssertionError("no shared/data/extraction/scrapinghub-aeb/ground-truth.json in " + start
				+ " or any folder above it");
	}
}
