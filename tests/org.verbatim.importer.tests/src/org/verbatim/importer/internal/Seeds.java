package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real sample statements in {@code shared/seeds} and the titles an analyst read out of them
 * ({@code gold.json}). Found by walking up from the working folder; a test that needs them fails
 * when they are missing rather than passing on nothing.
 */
final class Seeds {

	private static final Pattern ENTRY = Pattern
			.compile("\"file\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"title\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")");

	private Seeds() {
	}

	static Path folder() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared").resolve("seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new AssertionError("no shared/seeds/gold.json in " + start + " or any folder above it");
	}

	/** Seed file name to gold title, in file order. */
	static Map<String, Optional<String>> goldTitles() throws IOException {
		String json = Files.readString(folder().resolve("gold.json"), UTF_8);
		Map<String, Optional<String>> titles = new LinkedHashMap<>();
		Matcher m = ENTRY.matcher(json);
		while (m.find()) {
			titles.put(m.group(1), m.group(3) == null ? Optional.empty() : Optional.of(unescape(m.group(3))));
		}
		if (titles.isEmpty()) {
			throw new AssertionError("gold.json has no file/title entries");
		}
		return titles;
	}

	private static String unescape(String s) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = s.charAt(++i);
			switch (e) {
			case 'u' -> {
				out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
				i += 4;
			}
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			default -> out.append(e);
			}
		}
		return out.toString();
	}
}
