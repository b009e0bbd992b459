package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.verbatim.importer.internal.JsonReader;

/**
 * The benchmark's {@code ground-truth.json}: page id to its gold article body and URL. The file is
 * an object of objects of strings.
 */
final class GroundTruth {

	/**
	 * One page's gold record.
	 *
	 * @param articleBody the hand-checked article text
	 * @param url         where the page was fetched from
	 */
	record Page(String articleBody, String url) {
	}

	private GroundTruth() {
	}

	/** The pages of {@code file}, sorted by id. */
	static Map<String, Page> read(Path file) throws IOException {
		Object json;
		try {
			json = JsonReader.read(Files.readString(file, UTF_8));
		} catch (IllegalArgumentException e) {
			throw new IOException(file + " is not JSON (" + e.getMessage() + ")", e);
		}
		if (!(json instanceof Map<?, ?> byId)) {
			throw new IOException(file + " is not an object of pages");
		}
		Map<String, Page> pages = new TreeMap<>();
		for (Map.Entry<?, ?> entry : byId.entrySet()) {
			if (!(entry.getValue() instanceof Map<?, ?> page)) {
				throw new IOException(file + ": page " + entry.getKey() + " is not an object");
			}
			pages.put(entry.getKey().toString(), new Page(text(page.get("articleBody")), text(page.get("url"))));
		}
		return pages;
	}

	private static String text(Object value) {
		return value instanceof String s ? s : "";
	}
}
