package org.verbatim.importer.internal.html;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.StatementMetadata;

/**
 * Reads the metadata a page states in its markup: title ({@link HeadlineFinder}), issued date
 * ({@link PublicationDateFinder}), updated date, publisher and language, each with the rule and the
 * text it came from. Speakers, place, events and the machine-translation flag come from the text
 * and are left to the text-level readers.
 */
final class HtmlMetadataReader {

	private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

	private HtmlMetadataReader() {
	}

	/** The metadata of {@code page}, fetched from {@code location} if known. */
	static StatementMetadata read(Document page, Optional<URI> location) {
		List<String> jsonLd = page.select("script[type=application/ld+json]").stream().map(Element::data).toList();
		Optional<HeadlineFinder.Headline> headline = HeadlineFinder.find(page, jsonLd, location);
		Optional<Element> shownAt = headline.flatMap(h -> h.element().or(() -> elementShowing(page, h.title().value())));
		return new StatementMetadata(headline.map(HeadlineFinder.Headline::title),
				new PublicationDateFinder().find(page, jsonLd, location, shownAt), updated(page, jsonLd), Optional.empty(),
				List.of(), publisher(page, jsonLd), language(page), List.of(), Optional.empty());
	}

	/** The element whose own text is {@code title}, where a headline is shown outside a heading. */
	private static Optional<Element> elementShowing(Document page, String title) {
		if (page.body() == null || title.isBlank()) {
			return Optional.empty();
		}
		return page.body().getElementsMatchingOwnText(Pattern.compile("^\\s*" + Pattern.quote(title) + "\\s*$"))
				.stream().findFirst();
	}

	private static Optional<Evidenced<LocalDate>> updated(Document page, List<String> jsonLd) {
		for (String selector : List.of("meta[property=article:modified_time]", "meta[itemprop=dateModified]",
				"meta[property=og:updated_time]")) {
			Optional<Evidenced<LocalDate>> date = meta(page, selector).flatMap(v -> isoDate(v, selector));
			if (date.isPresent()) {
				return date;
			}
		}
		return jsonLdDate(jsonLd, "dateModified");
	}

	private static Optional<Evidenced<String>> publisher(Document page, List<String> jsonLd) {
		Optional<String> siteName = meta(page, "meta[property=og:site_name]").map(String::trim).filter(v -> !v.isEmpty());
		if (siteName.isPresent()) {
			return siteName.map(v -> new Evidenced<>(v, evidence("meta[property=og:site_name]", v)));
		}
		Pattern publisherName = Pattern
				.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)+)\"");
		for (String json : jsonLd) {
			Matcher m = publisherName.matcher(json);
			if (m.find()) {
				return Optional.of(new Evidenced<>(m.group(1).trim(), evidence("json-ld:publisher.name", m.group())));
			}
		}
		return Optional.empty();
	}

	private static Optional<Evidenced<String>> language(Document page) {
		Element html = page.selectFirst("html");
		if (html != null && html.hasAttr("lang")) {
			Optional<String> tag = languageTag(html.attr("lang"));
			if (tag.isPresent()) {
				return Optional.of(new Evidenced<>(tag.get(), evidence("html[lang]", html.attr("lang"))));
			}
		}
		for (String selector : List.of("meta[http-equiv=content-language]", "meta[name=language]",
				"meta[property=og:locale]")) {
			Optional<String> value = meta(page, selector);
			Optional<String> tag = value.flatMap(HtmlMetadataReader::languageTag);
			if (tag.isPresent()) {
				return Optional.of(new Evidenced<>(tag.get(), evidence(selector, value.get())));
			}
		}
		return Optional.empty();
	}

	/** {@code en_us} gives {@code en-US}; anything that is not a language tag gives nothing. */
	static Optional<String> languageTag(String value) {
		String first = value.split(",")[0].trim();
		if (!LANGUAGE_TAG.matcher(first).matches()) {
			return Optional.empty();
		}
		String tag = Locale.forLanguageTag(first.replace('_', '-')).toLanguageTag();
		return tag.equals("und") ? Optional.empty() : Optional.of(tag);
	}

	private static Optional<Evidenced<LocalDate>> jsonLdDate(List<String> jsonLd, String key) {
		Pattern field = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]+)\"");
		for (String json : jsonLd) {
			Matcher m = field.matcher(json);
			if (m.find()) {
				Optional<LocalDate> date = parseIso(m.group(1));
				if (date.isPresent()) {
					return Optional.of(new Evidenced<>(date.get(), evidence("json-ld:" + key, m.group())));
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Evidenced<LocalDate>> isoDate(String value, String rule) {
		return parseIso(value).map(d -> new Evidenced<>(d, evidence(rule, value)));
	}

	private static Optional<LocalDate> parseIso(String value) {
		Matcher m = ISO_DATE.matcher(value);
		return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
	}

	private static Optional<LocalDate> date(String year, String month, String day) {
		return PublicationDateFinder.date(year, month, day);
	}

	private static Optional<String> meta(Document page, String selector) {
		Element meta = page.selectFirst(selector);
		return meta == null || !meta.hasAttr("content") ? Optional.empty() : Optional.of(meta.attr("content"));
	}

	private static Evidence evidence(String rule, String quote) {
		return new Evidence(rule, quote, Optional.empty());
	}
}
