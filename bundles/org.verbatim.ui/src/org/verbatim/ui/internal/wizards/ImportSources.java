package org.verbatim.ui.internal.wizards;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks what the analyst typed into the Import wizard: the list of web pages (one http(s) URL a
 * line) and the charset override, each with the one sentence that says what is wrong.
 */
public final class ImportSources {

	private ImportSources() {
	}

	/**
	 * The URLs of {@code text}, one a line (blank lines ignored).
	 *
	 * @throws IllegalArgumentException with a sentence naming the first line that is not an
	 *                                  http or https URL with a host
	 */
	public static List<String> urls(String text) {
		List<String> urls = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!isWebAddress(line)) {
				throw new IllegalArgumentException("Line " + (i + 1) + " of the URLs, '" + line
						+ "', is not a web page's address; write one http:// or https:// URL a line.");
			}
			urls.add(line);
		}
		return urls;
	}

	private static boolean isWebAddress(String line) {
		try {
			URI uri = new URI(line);
			String scheme = uri.getScheme();
			return scheme != null
					&& (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
					&& uri.getHost() != null && !uri.getHost().isEmpty();
		} catch (URISyntaxException e) {
			return false;
		}
	}

	/**
	 * The charset named {@code name}, or empty for a blank name (decode as the originals declare).
	 *
	 * @throws IllegalArgumentException with a sentence when this Java has no charset of that name
	 */
	public static Optional<Charset> charset(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.equals(ImportSourcesPage.AUTOMATIC)) {
			return Optional.empty();
		}
		try {
			if (Charset.isSupported(trimmed)) {
				return Optional.of(Charset.forName(trimmed));
			}
		} catch (IllegalCharsetNameException e) {
			// said below, as for an unknown name
		}
		throw new IllegalArgumentException("'" + trimmed
				+ "' is not an encoding this system knows; choose one from the list (e.g. windows-1252).");
	}
}
