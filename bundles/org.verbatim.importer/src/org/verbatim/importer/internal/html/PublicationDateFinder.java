package org.verbatim.importer.internal.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.importer.internal.metadata.DateReader;

/**
 * Finds the date a page says it was published. The machine-readable date comes first, in this
 * order: JSON-LD {@code datePublished}, the publication meta tags, a {@code <time datetime>}; it is
 * an instant that many sites write in UTC, while the page shows the day in its own time zone. So a
 * date shown in the article's header (the text right after the headline, or a {@code <time>}
 * element's text) that lies within a day of the machine-readable one is the page's local day and
 * wins. Without a machine-readable date, the shown date is taken alone; the URL's date comes last.
 * Dates before 1990 are placeholders ({@code 0001-01-01}) and ignored.
 */
final class PublicationDateFinder {

	/** How much text next to the headline is searched for the shown date. */
	private static final int HEADER_CHARACTERS = 400;

	/** Longer texts are paragraphs or captions, whose dates are of other events. */
	private static final int SHORT_TEXT = 100;

	/** How far before a date a label ("Updated", "Posted") is looked for. */
	private static final int LABEL_CHARACTERS = 40;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final List<String> META_SELECTORS = List.of("meta[property=article:published_time]",
			"meta[itemprop=datePublished]", "meta[name=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
			"meta[name=\"dc.date.issued\"]", "meta[name=\"dc.date\"]", "meta[name=date]");

	private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_.]|$)");
	private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
	/** A month and day without a year ("Posted Nov 18, 8:19 PM"), read only next to a known date. */
	private static final Pattern MONTH_DAY = Pattern.compile(
			"(?<![\\p{L}\\d])(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!,?\\s+\\d{4})",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	static {
		String[] names = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
		String[] full = { "january", "february", "march", "april", "may", "june", "july", "august", "september",
				"october", "november", "december" };
		for (int i = 0; i < names.length; i++) {
			MONTHS.put(names[i], i + 1);
			MONTHS.put(full[i], i + 1);
		}
		MONTHS.put("sept", 9);
	}

	private final DateReader dates = new DateReader();

	/** The issued date of {@code page}, whose headline is shown by {@code headline} if known. */
	Optional<Evidenced<LocalDate>> find(Document page, List<String> jsonLd, Optional<URI> location,
			Optional<Element> headline) {
		Optional<Evidenced<LocalDate>> machine = machineReadable(page, jsonLd);
		Optional<Evidenced<LocalDate>> shown = shown(page, headline, machine.map(Evidenced::value));
		if (shown.isPresent()) {
			return shown;
		}
		if (machine.isPresent()) {
			return machine;
		}
		if (location.isPresent() && location.get().getRawPath() != null) {
			Matcher m = URL_DATE.matcher(location.get().getRawPath());
			if (m.find()) {
				return date(m.group(1), m.group(2), m.group(3)).map(d -> new Evidenced<>(d, evidence("url-path", m.group())));
			}
		}
		return Optional.empty();
	}

	private Optional<Evidenced<LocalDate>> machineReadable(Document page, List<String> jsonLd) {
		for (String json : jsonLd) {
			Matcher m = JSON_DATE.matcher(json);
			while (m.find()) {
				Optional<LocalDate> date = parse(m.group(1));
				if (date.isPresent()) {
					return Optional.of(new Evidenced<>(date.get(), evidence("json-ld:datePublished", m.group())));
				}
			}
		}
		for (String selector : META_SELECTORS) {
			for (Element meta : page.select(selector)) {
				Optional<LocalDate> date = parse(meta.attr("content"));
				if (date.isPresent()) {
					return Optional.of(new Evidenced<>(date.get(), evidence(selector, meta.attr("content"))));
				}
			}
		}
		for (Element time : page.select("time[datetime]")) {
			Optional<LocalDate> date = parse(time.attr("datetime"));
			if (date.isPresent()) {
				return Optional.of(new Evidenced<>(date.get(), evidence("time[datetime]", time.attr("datetime"))));
			}
		}
		return Optional.empty();
	}

	/**
	 * The date shown in the article's header: the first date in the short texts after the
	 * headline, else before it, else the first {@code <time>} element's text after it; near
	 * {@code machine} when that is known.
	 */
	private Optional<Evidenced<LocalDate>> shown(Document page, Optional<Element> headline, Optional<LocalDate> machine) {
		if (headline.isEmpty()) {
			return Optional.empty();
		}
		Optional<Evidenced<LocalDate>> after = firstDate(header(headline.get(), true), machine, "date-after-headline");
		if (after.isPresent()) {
			return after;
		}
		Optional<Evidenced<LocalDate>> before = firstDate(header(headline.get(), false), machine, "date-before-headline");
		if (before.isPresent()) {
			return before;
		}
		boolean past = false;
		for (Element element : page.getAllElements()) {
			if (element == headline.get()) {
				past = true;
			} else if (past && element.normalName().equals("time") && !element.text().isBlank()) {
				return firstDate(element.text(), machine, "time-element-text");
			}
		}
		return Optional.empty();
	}

	/**
	 * The first date in {@code text} near {@code machine}; a date labelled as an update only when
	 * it is the day before the machine-readable one (the page was published on or before the day it
	 * was updated, so that day is the local one).
	 */
	private Optional<Evidenced<LocalDate>> firstDate(String text, Optional<LocalDate> machine, String rule) {
		Optional<Evidenced<LocalDate>> update = Optional.empty();
		for (Mention mention : mentions(text, machine)) {
			if (!near(mention.date(), machine)) {
				continue;
			}
			Evidenced<LocalDate> found = new Evidenced<>(mention.date(), evidence(rule, mention.quote()));
			if (!labelledAsUpdate(text, mention.start())) {
				return Optional.of(found);
			}
			if (update.isEmpty() && machine.isPresent() && mention.date().isBefore(machine.get())) {
				update = Optional.of(found);
			}
		}
		return update;
	}

	private record Mention(int start, LocalDate date, String quote) {
	}

	/** The dates written in {@code text}, in text order; month and day alone take the year of {@code machine}. */
	private List<Mention> mentions(String text, Optional<LocalDate> machine) {
		List<Mention> mentions = new ArrayList<>();
		for (DateReader.Found found : dates.findAll(text, DateReader.NumericOrder.UNKNOWN)) {
			found.date().filter(PublicationDateFinder::plausible)
					.ifPresent(d -> mentions.add(new Mention(found.start(), d, text.substring(found.start(), found.end()))));
		}
		if (machine.isPresent()) {
			Matcher m = MONTH_DAY.matcher(text);
			while (m.find()) {
				Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
				if (month != null) {
					date(Integer.toString(machine.get().getYear()), month.toString(), m.group(2))
							.ifPresent(d -> mentions.add(new Mention(m.start(), d, m.group())));
				}
			}
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		return mentions;
	}

	private static boolean labelledAsUpdate(String text, int start) {
		String before = text.substring(Math.max(0, start - LABEL_CHARACTERS), start).toLowerCase(Locale.ROOT);
		int update = Math.max(before.lastIndexOf("updated"), before.lastIndexOf("modified"));
		int publication = Math.max(before.lastIndexOf("posted"), before.lastIndexOf("published"));
		return update > publication;
	}

	/** Within a day of the machine-readable date: the same instant seen in another time zone. */
	private static boolean near(LocalDate shown, Optional<LocalDate> machine) {
		return machine.map(d -> Math.abs(ChronoUnit.DAYS.between(d, shown)) <= 1).orElse(true);
	}

	/**
	 * The short texts (bylines, datelines; not paragraphs or captions) that follow {@code element}
	 * in the document, or precede it, up to {@link #HEADER_CHARACTERS} characters of text.
	 */
	static String header(Element element, boolean forward) {
		List<String> texts = new ArrayList<>();
		int length = 0;
		Node node = forward ? after(element) : preceding(element);
		for (; node != null && length < HEADER_CHARACTERS; node = forward ? following(node) : preceding(node)) {
			if (node instanceof TextNode t && !t.isBlank() && !insideNonText(t)) {
				String text = t.text().strip();
				length += text.length();
				if (text.length() <= SHORT_TEXT) {
					texts.add(text);
				}
			}
		}
		if (!forward) {
			Collections.reverse(texts);
		}
		return String.join(" | ", texts);
	}

	/** The next node in document order: the first child of {@code node}, else what comes after it. */
	private static Node following(Node node) {
		boolean skip = node instanceof Element e && PageElements.isNonText(e);
		return node.childNodeSize() > 0 && !skip ? node.childNode(0) : after(node);
	}

	/** The next node in document order after {@code node} and its descendants. */
	private static Node after(Node node) {
		for (Node up = node; up != null; up = up.parent()) {
			if (up.nextSibling() != null) {
				return up.nextSibling();
			}
		}
		return null;
	}

	/** The previous node in document order before {@code node}, deepest last child first. */
	private static Node preceding(Node node) {
		Node previous = node.previousSibling();
		if (previous == null) {
			return node.parent();
		}
		while (previous.childNodeSize() > 0) {
			previous = previous.childNode(previous.childNodeSize() - 1);
		}
		return previous;
	}

	private static boolean insideNonText(Node node) {
		for (Node up = node.parent(); up != null; up = up.parent()) {
			if (up instanceof Element e && PageElements.isNonText(e)) {
				return true;
			}
		}
		return false;
	}

	private Optional<LocalDate> parse(String value) {
		Matcher m = ISO_DATE.matcher(value);
		Optional<LocalDate> date = m.find() ? date(m.group(1), m.group(2), m.group(3))
				: dates.findAll(value, DateReader.NumericOrder.UNKNOWN).stream().flatMap(f -> f.date().stream())
						.findFirst();
		return date.filter(PublicationDateFinder::plausible);
	}

	private static boolean plausible(LocalDate date) {
		return !date.isBefore(EARLIEST);
	}

	static Optional<LocalDate> date(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		} catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static Evidence evidence(String rule, String quote) {
		return new Evidence(rule, quote, Optional.empty());
	}
}
