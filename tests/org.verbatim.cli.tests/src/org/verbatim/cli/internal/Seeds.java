package org.verbatim.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the sample statements ({@code shared/seeds} beside the checkout) from a test's working directory. */
final class Seeds {

	private Seeds() {
	}

	static Path directory() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout (above " + Paths.get("").toAbsolutePath() + ")");
	}
}
