package org.verbatim.importer.internal.html;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;

/**
 * Finds the headline a reader sees on a page. The page's own summaries of its headline
 * ({@code og:title}, the JSON-LD {@code headline}, the {@code <title>}) often carry the site's name
 * or a section ("Opinion | ...") or are an editor's different social headline, while the visible
 * headline is a heading. So, in order: the first {@code h1} (then {@code h2}) that one of those
 * summaries consists of, alone or with a shorter part around a separator; the first {@code h1}
 * that is not the site's name or logo; {@code og:title} without the site's name; the
 * {@code <title>} without the site's name.
 */
final class HeadlineFinder {

	/** The headline and the element that shows it, if it is on the page. */
	record Headline(Evidenced<String> title, Optional<Element> element) {
	}

	private static final String SEPARATOR = "\\s*(?:[|\u00B7\u00BB/:~-]|\u2013|\u2014|::)\\s*";
	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7:-]\\s+|\\s+\u00BB\\s+");
	private static final Pattern QUOTES = Pattern.compile("[\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]");
	private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
	private static final Pattern HEADLINE_FIELD = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)+)\"");

	private HeadlineFinder() {
	}

	static Optional<Headline> find(Document page, List<String> jsonLd, Optional<URI> location) {
		Optional<String> siteName = meta(page, "meta[property=og:site_name]");
		List<Element> headings = new ArrayList<>();
		if (page.body() != null) {
			for (Element heading : page.body().select("h1, h2")) {
				if (!text(heading).isEmpty() && !isSiteName(heading, siteName, location)) {
					headings.add(heading);
				}
			}
		}
		List<Summary> summaries = new ArrayList<>();
		meta(page, "meta[property=og:title]").ifPresent(v -> summaries.add(new Summary("meta[property=og:title]", v)));
		for (String json : jsonLd) {
			Matcher m = HEADLINE_FIELD.matcher(json);
			if (m.find()) {
				summaries.add(new Summary("json-ld:headline", unescape(m.group(1))));
				break;
			}
		}
		if (!page.title().isBlank()) {
			summaries.add(new Summary("title-element", page.title()));
		}
		for (Summary summary : summaries) {
			for (String level : List.of("h1", "h2")) {
				for (Element heading : headings) {
					if (heading.normalName().equals(level) && consistsOf(summary.text(), text(heading))) {
						return Optional.of(headline(inArticle(heading, headings), level + " matching " + summary.rule(),
								summary.text()));
					}
				}
			}
		}
		for (Element heading : headings) {
			if (heading.normalName().equals("h1")) {
				return Optional.of(headline(inArticle(heading, headings), "h1", text(heading)));
			}
		}
		List<String> texts = summaries.stream().map(Summary::text).toList();
		for (Summary summary : summaries) {
			String stripped = summary.rule().equals("title-element") ? withoutSiteName(summary.text())
					: withoutSiteName(summary.text(), siteName, texts);
			if (!stripped.isEmpty()) {
				return Optional.of(new Headline(new Evidenced<>(stripped, evidence(summary.rule(), summary.text())),
						Optional.empty()));
			}
		}
		return Optional.empty();
	}

	private record Summary(String rule, String text) {
	}

	/**
	 * The copy of {@code heading} inside the page's {@code article} or {@code main} element, if the
	 * page repeats its headline there (a sticky site header often shows it first): that copy is
	 * the one beside the byline.
	 */
	private static Element inArticle(Element heading, List<Element> headings) {
		if (heading.closest("article, main") != null) {
			return heading;
		}
		for (Element other : headings) {
			if (other != heading && other.closest("article, main") != null && text(other).equals(text(heading))) {
				return other;
			}
		}
		return heading;
	}

	private static Headline headline(Element heading, String rule, String quote) {
		String text = text(heading);
		return new Headline(new Evidenced<>(text, evidence(rule, quote)), Optional.of(heading));
	}

	/**
	 * Whether {@code summary} is {@code headline}, alone or with a shorter part (the site's name, a
	 * section) before or after it across a separator; typography and a final full stop aside.
	 */
	static boolean consistsOf(String summary, String headline) {
		String s = comparable(summary);
		String h = comparable(headline);
		if (h.isEmpty()) {
			return false;
		}
		if (s.equals(h)) {
			return true;
		}
		Matcher after = Pattern.compile(Pattern.quote(h) + "\\.?" + SEPARATOR + "(.+)").matcher(s);
		if (after.matches() && after.group(1).length() < h.length()) {
			return true;
		}
		Matcher before = Pattern.compile("(.+?)" + SEPARATOR + Pattern.quote(h)).matcher(s);
		return before.matches() && before.group(1).length() < h.length();
	}

	/**
	 * {@code value} without the site's name: its last (or first) part across a separator when that
	 * part is {@code siteName} or is also the last (or first) part of another summary of the
	 * headline (a suffix that every summary repeats is the site's).
	 */
	static String withoutSiteName(String value, Optional<String> siteName, List<String> others) {
		String text = value.strip().replaceAll("\\s+", " ");
		List<String> names = new ArrayList<>();
		siteName.map(HeadlineFinder::comparable).ifPresent(names::add);
		for (String other : others) {
			String[] parts = TITLE_SEPARATOR.split(other.strip());
			if (parts.length > 1 && !other.strip().equals(value.strip())) {
				names.add(comparable(parts[parts.length - 1]));
				names.add(comparable(parts[0]));
			}
		}
		List<int[]> separators = new ArrayList<>();
		Matcher m = TITLE_SEPARATOR.matcher(text);
		while (m.find()) {
			separators.add(new int[] { m.start(), m.end() });
		}
		if (separators.isEmpty()) {
			return text;
		}
		int[] last = separators.get(separators.size() - 1);
		if (names.contains(comparable(text.substring(last[1])))) {
			return text.substring(0, last[0]).strip();
		}
		int[] first = separators.get(0);
		if (names.contains(comparable(text.substring(0, first[0])))) {
			return text.substring(first[1]).strip();
		}
		return text;
	}

	/** {@code "Headline | Site"} gives {@code Headline}: the longest part around separators. */
	static String withoutSiteName(String title) {
		String best = title.strip();
		String[] parts = TITLE_SEPARATOR.split(best);
		if (parts.length > 1) {
			best = parts[0];
			for (String part : parts) {
				if (part.length() > best.length()) {
					best = part;
				}
			}
		}
		return best.strip();
	}

	/**
	 * Whether a heading is the site's name or logo rather than a headline: it says the
	 * {@code og:site_name}, or it is inside or holds a link to the site's home page.
	 */
	private static boolean isSiteName(Element heading, Optional<String> siteName, Optional<URI> location) {
		if (siteName.isPresent() && comparable(siteName.get()).equals(comparable(text(heading)))) {
			return true;
		}
		for (Element link : heading.select("a[href]")) {
			if (isHomePage(link.attr("href"), location)) {
				return true;
			}
		}
		for (Element up = heading.parent(); up != null; up = up.parent()) {
			if (up.normalName().equals("a") && isHomePage(up.attr("href"), location)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHomePage(String href, Optional<URI> location) {
		String link = href.strip();
		if (link.equals("/") || link.equals("./")) {
			return true;
		}
		try {
			URI uri = URI.create(link);
			boolean root = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
			return root && uri.getRawQuery() == null && uri.getHost() != null
					&& location.map(URI::getHost).map(h -> sameSite(h, uri.getHost())).orElse(true);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static boolean sameSite(String a, String b) {
		return a.replaceFirst("^www\\.", "").equalsIgnoreCase(b.replaceFirst("^www\\.", ""));
	}

	/** The text of {@code element} with white space collapsed. */
	static String text(Element element) {
		return element.text().strip().replaceAll("\\s+", " ");
	}

	/**
	 * {@code text} folded for comparing headlines (typography, case, a final full stop). Kept apart
	 * from the benchmark's title normalisation on purpose: the measure must not move when the
	 * extractor's matching does.
	 */
	private static String comparable(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = QUOTES.matcher(folded).replaceAll("'");
		folded = DASHES.matcher(folded).replaceAll("-");
		folded = folded.replaceAll("\\s+", " ").strip();
		folded = folded.replaceAll("[.\\s]+$", "");
		return folded.toLowerCase(Locale.ROOT);
	}

	private static String unescape(String json) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '\\' && i + 1 < json.length()) {
				char next = json.charAt(++i);
				if (next == 'u' && i + 4 < json.length()) {
					try {
						out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
						i += 4;
						continue;
					} catch (NumberFormatException e) {
						// not an escape after all: keep the text as it is
					}
				}
				out.append(switch (next) {
				case 'n', 't', 'r' -> ' ';
				default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	private static Optional<String> meta(Document page, String selector) {
		Element meta = page.selectFirst(selector);
		return meta == null || !meta.hasAttr("content") || meta.attr("content").isBlank() ? Optional.empty()
				: Optional.of(meta.attr("content").strip());
	}

	private static Evidence evidence(String rule, String quote) {
		return new Evidence(rule, quote, Optional.empty());
	}
}
