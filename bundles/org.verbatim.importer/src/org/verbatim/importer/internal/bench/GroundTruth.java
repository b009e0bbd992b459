package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's {@code ground-truth.json}: page id to its gold article body and URL. The file is
 * an object of objects of strings; this reader understands exactly that much JSON (other values are
 * refused), which keeps a JSON library out of the importer.
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

	private final String json;
	private int at;

	private GroundTruth(String json) {
		this.json = json;
	}

	/** The pages of {@code file}, sorted by id. */
	static Map<String, Page> read(Path file) throws IOException {
		return new GroundTruth(Files.readString(file, UTF_8)).pages(file);
	}

	private Map<String, Page> pages(Path file) throws IOException {
		Map<String, Page> pages = new TreeMap<>();
		expect('{');
		while (!consumeIf('}')) {
			String id = string();
			expect(':');
			expect('{');
			String body = "";
			String url = "";
			while (!consumeIf('}')) {
				String key = string();
				expect(':');
				String value = string();
				if (key.equals("articleBody")) {
					body = value;
				} else if (key.equals("url")) {
					url = value;
				}
				consumeIf(',');
			}
			pages.put(id, new Page(body, url));
			consumeIf(',');
		}
		if (pages.isEmpty()) {
			throw new IOException(file + " holds no pages");
		}
		return pages;
	}

	private void skipSpace() {
		while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
			at++;
		}
	}

	private boolean consumeIf(char c) {
		skipSpace();
		if (at < json.length() && json.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) throws IOException {
		if (!consumeIf(c)) {
			throw new IOException("ground truth: expected '" + c + "' at character " + at);
		}
	}

	private String string() throws IOException {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (at < json.length()) {
			char c = json.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = json.charAt(at++);
			switch (e) {
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			case 'r' -> out.append('\r');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
				at += 4;
			}
			default -> out.append(e);
			}
		}
		throw new IOException("ground truth: unterminated string");
	}
}
