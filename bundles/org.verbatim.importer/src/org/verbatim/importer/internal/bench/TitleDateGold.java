package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.verbatim.importer.internal.JsonReader;

/**
 * Our own gold headline and publication date of the extraction benchmark's pages
 * ({@code extraction-title-date.json} beside this class; how it was made is in the file and in
 * {@code extraction-title-date.md}). The benchmark itself annotates the article body only.
 */
public final class TitleDateGold {

	/** The name of the bundled gold file, beside this class. */
	public static final String RESOURCE = "extraction-title-date.json";

	/** What a page's date is when the page states none. */
	public static final String NO_DATE = "none";

	/**
	 * One page's gold.
	 *
	 * @param title      the headline a reader sees on the page
	 * @param date       the publication date the page states, empty when it states none
	 * @param dateSource where on the page the date was read
	 */
	public record Page(String title, Optional<LocalDate> date, String dateSource) {
	}

	private TitleDateGold() {
	}

	/** The gold bundled with Verbatim, by page id. */
	public static Map<String, Page> bundled() throws IOException {
		try (InputStream in = TitleDateGold.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("the gold titles and dates (" + RESOURCE + ") are missing from the importer bundle");
			}
			return parse(new String(in.readAllBytes(), UTF_8));
		}
	}

	/**
	 * The pages of a gold file's text: an object with {@code pages}, an object of page ids to
	 * objects with {@code title}, {@code date} ({@code yyyy-MM-dd} or {@code none}) and
	 * {@code dateSource}.
	 *
	 * @throws IOException naming the page and field that is not as described
	 */
	public static Map<String, Page> parse(String json) throws IOException {
		Object root;
		try {
			root = JsonReader.read(json);
		} catch (IllegalArgumentException e) {
			throw new IOException(RESOURCE + " is not JSON (" + e.getMessage() + ")", e);
		}
		if (!(root instanceof Map<?, ?> top) || !(top.get("pages") instanceof Map<?, ?> pages)) {
			throw new IOException(RESOURCE + " has no object of pages");
		}
		Map<String, Page> byId = new TreeMap<>();
		for (Map.Entry<?, ?> entry : pages.entrySet()) {
			String id = entry.getKey().toString();
			if (!(entry.getValue() instanceof Map<?, ?> page)) {
				throw new IOException(RESOURCE + ": page " + id + " is not an object");
			}
			String title = text(page, "title", id);
			if (title.isBlank()) {
				throw new IOException(RESOURCE + ": page " + id + " has an empty title");
			}
			byId.put(id, new Page(title, date(text(page, "date", id), id), text(page, "dateSource", id)));
		}
		return byId;
	}

	private static Optional<LocalDate> date(String value, String id) throws IOException {
		if (value.equals(NO_DATE)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value));
		} catch (DateTimeParseException e) {
			throw new IOException(RESOURCE + ": page " + id + " has the date '" + value + "', neither yyyy-MM-dd nor "
					+ NO_DATE, e);
		}
	}

	private static String text(Map<?, ?> page, String field, String id) throws IOException {
		if (page.get(field) instanceof String s) {
			return s;
		}
		throw new IOException(RESOURCE + ": page " + id + " has no " + field);
	}
}
