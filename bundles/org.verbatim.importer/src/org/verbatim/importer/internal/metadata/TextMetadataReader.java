package org.verbatim.importer.internal.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.Removal;
import org.verbatim.importer.internal.metadata.DateReader.Found;
import org.verbatim.importer.internal.metadata.DateReader.NumericOrder;

/**
 * Reads a statement's metadata out of its clean text and what cleaning removed from it, each value
 * with the rule and the words it came from. The opening lines give title, dateline (place and
 * date) or a date line; page furniture can give the date, the site's name and a machine-translation
 * notice; the whole text gives speakers ({@link SpeakerReader}), events ({@link EventReader}) and
 * the language ({@link LanguageGuess}). Where the text does not settle a value (an ambiguous numeric
 * date with nothing to confirm it), the value is left empty.
 */
public final class TextMetadataReader {

	/** Removal rule of a machine-translation notice: it sets the possibly-machine-translated flag. */
	public static final String MACHINE_TRANSLATION_NOTICE = "machine-translation-notice";

	/** Removal rule of a headline given twice: the kept copy is the title. */
	public static final String DUPLICATE_HEADLINE = "duplicate-headline";

	/** Removal rule of a site's name on a line of its own: the publisher, when nothing better says. */
	public static final String SITE_NAME = "site-name";

	/** Only this much of a text is read for speakers and events: it keeps huge inputs cheap. */
	private static final int READ_LIMIT = 100_000;

	private static final int HEAD_LINES = 12;

	private static final int MAX_TITLE_WORDS = 40;

	private static final Pattern DATELINE_PLACE = Pattern
			.compile("(\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*[:,]\\s*");

	private static final Pattern AFTER_DATELINE_DATE = Pattern.compile("\\s*(?:$|[–—-]|\\()");

	private static final Pattern OUTLET_REPORTS = Pattern.compile(
			",\\s+(\\p{Lu}[\\p{L}\\d.-]*(?: \\p{Lu}[\\p{L}\\d.-]*){0,3})\\s+(?:reports|reported|writes|wrote)\\b");

	private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d-]{1,9})\\)");

	private static final Pattern LEAD_SUBJECT = Pattern.compile("^The (?=\\p{Lu})");

	private static final Pattern OUTLET_NAME = Pattern.compile("\\bThe (?:\\p{Lu}[\\p{L}'-]+ ){0,3}(?:News|Times|Post"
			+ "|Herald|Tribune|Gazette|Journal|Daily|Chronicle|Observer|Telegraph|Guardian|Express|Mail|Press|Review"
			+ "|Independent)\\b");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Set<String> MONTH_WORDS = Set.of("January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December", "On", "In", "At", "The");

	private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "in", "and", "for", "to", "a", "on");

	private final DateReader dates = new DateReader();

	private final SpeakerReader speakerReader = new SpeakerReader();

	private final EventReader eventReader = new EventReader();

	/** A line of the clean text: its content without surrounding white space, and where it is. */
	private record Line(String text, int start, int end) {
	}

	/** The metadata of {@code cleanText}, given what cleaning removed from its original. */
	public StatementMetadata read(String cleanText, List<Removal> removals) {
		String text = cleanText.length() > READ_LIMIT ? cleanText.substring(0, READ_LIMIT) : cleanText;
		List<Line> head = headLines(text);
		Set<LocalDate> writtenDates = writtenDates(text, removals);

		Optional<Evidenced<String>> place = Optional.empty();
		Optional<Evidenced<LocalDate>> issued = Optional.empty();
		for (Line line : head) {
			Matcher dateline = DATELINE_PLACE.matcher(line.text());
			if (!dateline.lookingAt() || MONTH_WORDS.contains(dateline.group(1).split(" ")[0])) {
				continue;
			}
			Optional<Found> date = dates.findAll(line.text(), NumericOrder.UNKNOWN).stream()
					.filter(f -> f.start() == dateline.end()).findFirst();
			if (date.isEmpty() || !AFTER_DATELINE_DATE.matcher(line.text()).region(date.get().end(), line.text().length())
					.lookingAt()) {
				continue;
			}
			Evidence evidence = evidence("dateline", text, line.start(), line.start() + date.get().end());
			place = Optional.of(new Evidenced<>(placeName(dateline.group(1)), evidence));
			Optional<LocalDate> resolved = resolve(date.get(), writtenDates);
			if (resolved.isPresent()) {
				String rule = date.get().date().isPresent() ? "dateline"
						: "dateline (numeric order confirmed by a written date)";
				issued = Optional.of(new Evidenced<>(resolved.get(),
						evidence(rule, text, line.start() + date.get().start(), line.start() + date.get().end())));
			}
			break;
		}
		if (issued.isEmpty()) {
			issued = head.stream().flatMap(line -> dateLine(text, line, writtenDates).stream()).findFirst();
		}
		if (issued.isEmpty()) {
			issued = furnitureDate(removals, writtenDates);
		}

		Optional<Evidenced<String>> title = title(text, head, removals, writtenDates);
		List<Speaker> speakers = speakerReader.read(text);
		Optional<Evidenced<String>> publisher = publisher(text, head, title, speakers, removals);
		Optional<Evidenced<String>> language = LanguageGuess.of(text).map(guess -> {
			Line first = head.isEmpty() ? new Line("", 0, 0) : head.get(0);
			return new Evidenced<>(guess.tag(), evidence("language:" + guess.rule(), text, first.start(),
					Math.min(first.end(), first.start() + 80)));
		});
		Optional<Evidence> machineTranslated = removals.stream()
				.filter(r -> MACHINE_TRANSLATION_NOTICE.equals(r.rule())).findFirst()
				.map(r -> new Evidence(MACHINE_TRANSLATION_NOTICE, r.text(), Optional.empty()));
		return new StatementMetadata(title, issued, Optional.empty(), place, speakers, publisher, language,
				eventReader.read(text, issued.map(Evidenced::value)), machineTranslated);
	}

	private static List<Line> headLines(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length() && lines.size() < HEAD_LINES) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			String line = text.substring(start, end);
			if (!line.isBlank()) {
				int s = start + (line.length() - line.stripLeading().length());
				lines.add(new Line(line.strip(), s, s + line.strip().length()));
			}
			start = end + 1;
		}
		return lines;
	}

	/** Dates written with a month name or in ISO form: they settle the order of numeric ones. */
	private Set<LocalDate> writtenDates(String text, List<Removal> removals) {
		Set<LocalDate> written = new HashSet<>();
		List<String> sources = new ArrayList<>();
		sources.add(text);
		removals.forEach(r -> sources.add(r.text()));
		for (String source : sources) {
			for (Found found : dates.findAll(source, NumericOrder.UNKNOWN)) {
				if (!found.form().startsWith(DateReader.NUMERIC)) {
					found.date().ifPresent(written::add);
				}
			}
		}
		return written;
	}

	/** The date of a mention; an ambiguous numeric date only when a written date confirms one reading. */
	private static Optional<LocalDate> resolve(Found found, Set<LocalDate> written) {
		if (found.date().isPresent()) {
			return found.date();
		}
		List<LocalDate> confirmed = found.readings().stream().filter(written::contains).toList();
		return confirmed.size() == 1 ? Optional.of(confirmed.get(0)) : Optional.empty();
	}

	private Optional<Evidenced<LocalDate>> dateLine(String text, Line line, Set<LocalDate> written) {
		String trimmed = line.text().replaceAll("[,–—-]$", "").strip();
		return dates.findAll(trimmed, NumericOrder.UNKNOWN).stream()
				.filter(f -> f.start() == 0 && f.end() == trimmed.length()).findFirst()
				.flatMap(f -> resolve(f, written).map(d -> new Evidenced<>(d,
						evidence("date-line", text, line.start(), line.start() + f.end()))));
	}

	/** A date in short page furniture (a date widget, a date with a comment counter). */
	private Optional<Evidenced<LocalDate>> furnitureDate(List<Removal> removals, Set<LocalDate> written) {
		for (Removal removal : removals) {
			if (removal.text().split("\\s+").length > 12) {
				continue;
			}
			for (Found found : dates.findAll(removal.text(), NumericOrder.UNKNOWN)) {
				Optional<LocalDate> date = resolve(found, written);
				if (date.isPresent()) {
					return Optional.of(new Evidenced<>(date.get(), new Evidence("date-in-page-furniture (" + removal.rule()
							+ ")", removal.text(), Optional.empty())));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Evidenced<String>> title(String text, List<Line> head, List<Removal> removals,
			Set<LocalDate> written) {
		for (Removal removal : removals) {
			if (DUPLICATE_HEADLINE.equals(removal.rule())) {
				for (Line line : head) {
					if (line.text().equals(removal.text()) || removal.text().endsWith("…")
							&& line.text().startsWith(removal.text().substring(0, removal.text().length() - 1))) {
						return Optional.of(new Evidenced<>(line.text(),
								evidence("repeated-headline", text, line.start(), line.end())));
					}
				}
			}
		}
		for (Line line : head) {
			String content = line.text();
			int words = content.split("\\s+").length;
			char last = content.charAt(content.length() - 1);
			boolean sentence = ".!?”\"".indexOf(last) >= 0;
			if (sentence && words >= 8 || words > MAX_TITLE_WORDS) {
				return Optional.empty(); // the body has begun
			}
			boolean dated = dateLine(text, line, written).isPresent() || isDateline(content);
			if (!dated && !sentence && last != ':' && words >= 3 && Character.isUpperCase(content.codePointAt(0))) {
				return Optional.of(new Evidenced<>(content, evidence("headline-line", text, line.start(), line.end())));
			}
		}
		return Optional.empty();
	}

	private boolean isDateline(String content) {
		Matcher dateline = DATELINE_PLACE.matcher(content);
		return dateline.lookingAt() && dates.findAll(content, NumericOrder.UNKNOWN).stream()
				.anyMatch(f -> f.start() == dateline.end());
	}

	/**
	 * Who published this copy: an outlet that says it reports the text ("..., News.Az reports"); the
	 * speaker's own organisation when the headline names it by its acronym; the organisation that is
	 * the subject of the lead sentence and is named in the headline; the site's name on a line of its
	 * own; an outlet the page furniture names more than once.
	 */
	private static Optional<Evidenced<String>> publisher(String text, List<Line> head, Optional<Evidenced<String>> title,
			List<Speaker> speakers, List<Removal> removals) {
		Matcher reports = OUTLET_REPORTS.matcher(text);
		if (reports.find()) {
			return Optional.of(new Evidenced<>(reports.group(1), evidence("outlet-reports", text, reports.start(1),
					reports.end())));
		}
		if (title.isPresent()) {
			String headline = title.get().value();
			for (Speaker speaker : speakers) {
				Optional<String> acronym = speaker.organization().map(ACRONYM::matcher).filter(Matcher::find)
						.map(m -> m.group(1));
				if (acronym.isPresent() && Pattern.compile("\\b" + Pattern.quote(acronym.get()) + " (?=\\p{Lu})")
						.matcher(headline).find()) {
					Evidence evidence = title.get().evidence();
					return Optional.of(new Evidenced<>(acronym.get(),
							new Evidence("headline-names-own-organization", evidence.quote(), evidence.where())));
				}
			}
			Optional<Evidenced<String>> lead = leadSubject(text, head, headline);
			if (lead.isPresent()) {
				return lead;
			}
		}
		for (Removal removal : removals) {
			if (SITE_NAME.equals(removal.rule())) {
				return Optional.of(new Evidenced<>(removal.text(), new Evidence(SITE_NAME, removal.text(), Optional.empty())));
			}
		}
		return outletInFurniture(removals);
	}

	private static Optional<Evidenced<String>> leadSubject(String text, List<Line> head, String headline) {
		Set<String> headlineWords = new HashSet<>();
		Matcher word = WORD.matcher(headline);
		while (word.find()) {
			headlineWords.add(word.group());
		}
		for (Line line : head) {
			if (line.text().equals(headline)) {
				continue;
			}
			// the lead sentence may follow a dateline: "ISLAMABAD: 20 Jan 2023 – The Embassy of ..."
			int from = line.text().startsWith("The ") ? 0 : Math.max(line.text().indexOf("– The "), line.text().indexOf("- The "));
			if (from < 0) {
				continue;
			}
			if (from > 0) {
				from += 2;
			}
			Matcher lead = LEAD_SUBJECT.matcher(line.text()).region(from, line.text().length());
			if (!lead.lookingAt()) {
				return Optional.empty();
			}
			Optional<NamePhrases.Organization> organization = NamePhrases.organizationAt(line.text(), lead.end());
			if (organization.isEmpty()) {
				return Optional.empty();
			}
			NamePhrases.Phrase name = organization.get().organization();
			int shared = 0;
			Matcher nameWord = WORD.matcher(name.text());
			while (nameWord.find()) {
				if (!FUNCTION_WORDS.contains(nameWord.group()) && headlineWords.contains(nameWord.group())) {
					shared++;
				}
			}
			if (shared < 2) {
				return Optional.empty();
			}
			return Optional.of(new Evidenced<>(name.text(), evidence("lead-subject-named-in-headline", text,
					line.start() + name.start(), line.start() + name.end())));
		}
		return Optional.empty();
	}

	private static Optional<Evidenced<String>> outletInFurniture(List<Removal> removals) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> quotes = new HashMap<>();
		for (Removal removal : removals) {
			Matcher outlet = OUTLET_NAME.matcher(removal.text());
			while (outlet.find()) {
				counts.merge(outlet.group(), 1, Integer::sum);
				quotes.putIfAbsent(outlet.group(), removal.text());
			}
		}
		return counts.entrySet().stream().filter(e -> e.getValue() >= 2).findFirst()
				.map(e -> new Evidenced<>(e.getKey(), new Evidence("outlet-named-in-page-furniture", quotes.get(e.getKey()),
						Optional.empty())));
	}

	/** "ISLAMABAD" reads as "Islamabad": datelines are often set in capitals. */
	private static String placeName(String written) {
		if (!written.equals(written.toUpperCase(Locale.ROOT)) || written.length() < 2) {
			return written;
		}
		StringBuilder name = new StringBuilder();
		for (String part : written.toLowerCase(Locale.ROOT).split(" ")) {
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return name.toString();
	}

	private static Evidence evidence(String rule, String text, int start, int end) {
		return new Evidence(rule, text.substring(start, end), Optional.of(new OffsetMap.Span(start, end)));
	}
}
