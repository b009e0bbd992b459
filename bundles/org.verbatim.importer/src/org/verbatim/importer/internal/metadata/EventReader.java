package org.verbatim.importer.internal.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.OffsetMap;

/**
 * Reads the named events a statement refers to: a proper name followed by a kind of event
 * ("Khojaly massacre", "Second Karabakh war", "Black January tragedy") or preceded by one ("the
 * tragedy of Black January").
 * <p>
 * Mentions are one event when their names meet under one {@link SpellingKey} once the kind is set
 * aside: "Khojaly massacre", "Khojali massacre", "Xocalı genocide" and "Khojaly tragedy" are one
 * event, named as the text names it most often (the first of equals). A name made of a month or a
 * day ("Black January") is the event's name by itself, without the kind.
 * <p>
 * Only the events the statement is about are kept, not those it names in passing (a comparison
 * with "the Second World War"): an event is kept when the text names it more than once (as an
 * event, or by a name of two words or more without the kind), names it as what is commemorated
 * ("the 33rd anniversary of the Khojaly genocide", "in memory of ...", "... commemoration"), or
 * gives a count of its victims in the sentence that names it ("more than 100 civilians killed ...
 * during the Second Karabakh war").
 * <p>
 * An event gets the first full date in a sentence that names it, or else in a sentence that names
 * its namesake with a word of what happened there ("massacring", "killed"). In a sentence that
 * marks its Nth anniversary, a date in the year the statement was issued is the day of remembrance,
 * so the event is N years earlier. It gets a place when such a sentence calls the event's namesake
 * a town, city or village.
 */
final class EventReader {

	private static final String KIND = "(?:massacre|genocide|tragedy|war|massacres|atrocities)";

	private static final String PROPER = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}";

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December)";

	private static final Pattern NAME_THEN_KIND = Pattern.compile("(?<![\\p{L}])(" + PROPER + ") ((?iu:" + KIND + "))\\b");

	private static final Pattern KIND_OF_NAME = Pattern.compile("\\b(?:tragedy|massacre|genocide) of (?:the )?("
			+ "(?:" + MONTH + "|Black|Bloody)(?: \\p{Lu}[\\p{L}-]+){1,2}|\\p{Lu}[\\p{L}-]+ \\p{Lu}[\\p{L}-]+)");

	/** A name that is a date or a time by itself: "Black January", "Bloody Sunday". */
	private static final Pattern TIME_NAME = Pattern.compile("(?:^| )(?:" + MONTH
			+ "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: |$)");

	private static final Pattern PLACE = Pattern.compile("\\b(?:town|city|village) of (\\p{Lu}[\\p{L}-]+)");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");

	/** What is commemorated, just before the name: "anniversary of the", "in memory of the victims of". */
	private static final Pattern COMMEMORATED_BEFORE = Pattern.compile("(?i)(?:anniversary|commemoration|remembrance"
			+ "|memory|memorial|victims|martyrs|commemorat(?:e|es|ed|ing))(?: of)?(?: the)?(?: " + KIND
			+ " of)?(?: the)? $");

	/** What is commemorated, just after the name: "... commemoration", "... Remembrance Day". */
	private static final Pattern COMMEMORATED_AFTER = Pattern
			.compile("(?i)^ (?:anniversary|commemoration|remembrance|memorial|day of remembrance)\\b");

	/** A count of victims: "613 people", "more than 100 civilians killed", "killing 613". */
	private static final Pattern VICTIM_COUNT = Pattern.compile("(?i)\\b\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?"
			+ "(?:people|persons|civilians|residents|children|women|men|soldiers|victims|killed|dead|died|wounded"
			+ "|injured|missing)\\b|\\b(?:killing|killed|wounding|wounded)\\s+(?:more than |over |at least |about )?\\d");

	/** Words that say what kind of event happened: "massacring", "genocide", "killed". */
	private static final Pattern WHAT_HAPPENED = Pattern
			.compile("(?i)\\b(?:massacr|genocid|traged|atrocit|kill|slaughter|bombard|shell)\\w*");

	private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\b");

	private static final Set<String> DETERMINERS = Set.of("The", "This", "That", "These", "Those", "A", "An", "Its",
			"Their", "His", "Her", "Our", "Such", "Every", "Each");

	private final DateReader dates = new DateReader();

	/** A place where the text names an event. */
	private record Mention(int start, int end, String name, String proper) {
	}

	/** The events {@code text} refers to, in the order it first names them. */
	List<EventReference> read(String text) {
		return read(text, Optional.empty());
	}

	/**
	 * The events {@code text} refers to, in the order it first names them; {@code issued} is when the
	 * statement was issued, if known.
	 */
	List<EventReference> read(String text, Optional<LocalDate> issued) {
		Map<String, List<Mention>> events = new LinkedHashMap<>();
		for (Mention mention : mentions(text)) {
			events.computeIfAbsent(SpellingKey.of(mention.proper()), k -> new ArrayList<>()).add(mention);
		}
		List<EventReference> result = new ArrayList<>();
		for (List<Mention> mentions : events.values()) {
			if (!isAbout(text, mentions)) {
				continue;
			}
			Mention first = mentions.get(0);
			Optional<LocalDate> date = Optional.empty();
			Optional<String> where = Optional.empty();
			for (Mention mention : mentions) {
				String sentence = text.substring(sentenceStart(text, mention.start()), sentenceEnd(text, mention.end()));
				date = date.or(() -> date(sentence, issued));
				where = where.or(() -> namesake(sentence, mention.proper()));
			}
			if (date.isEmpty()) {
				date = dateNearNamesake(text, mentions, issued);
			}
			result.add(new EventReference(name(mentions), date, where, new Evidence("named-event", first.name(),
					Optional.of(new OffsetMap.Span(first.start(), first.end())))));
		}
		return List.copyOf(result);
	}

	private static List<Mention> mentions(String text) {
		List<Mention> mentions = new ArrayList<>();
		Matcher m = NAME_THEN_KIND.matcher(text);
		while (m.find()) {
			String proper = m.group(1);
			int start = m.start();
			String firstWord = proper.split(" ")[0];
			if (DETERMINERS.contains(firstWord)) {
				// "The Khojaly massacre" at the start of a sentence: the name starts after the article
				if (firstWord.length() == proper.length()) {
					continue;
				}
				proper = proper.substring(firstWord.length() + 1);
				start += firstWord.length() + 1;
			}
			mentions.add(new Mention(start, m.end(), text.substring(start, m.end()), proper));
		}
		Matcher of = KIND_OF_NAME.matcher(text);
		while (of.find()) {
			mentions.add(new Mention(of.start(1), of.end(1), of.group(1), of.group(1)));
		}
		mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return mentions;
	}

	/** Whether the statement is about the event, rather than naming it in passing. */
	private static boolean isAbout(String text, List<Mention> mentions) {
		// a name of two words or more ("Black January") is the event's own even without the kind; a
		// single word is mostly a place or a people ("Vietnam"), named for many other reasons
		String proper = mentions.get(0).proper();
		if (mentions.size() > 1 || proper.indexOf(' ') > 0 && occurrences(text, proper) > 1) {
			return true;
		}
		for (Mention mention : mentions) {
			String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
			if (COMMEMORATED_BEFORE.matcher(before).find() || COMMEMORATED_AFTER.matcher(text)
					.region(mention.end(), Math.min(text.length(), mention.end() + 40)).lookingAt()) {
				return true;
			}
			String sentence = text.substring(sentenceStart(text, mention.start()), sentenceEnd(text, mention.end()));
			if (VICTIM_COUNT.matcher(sentence).find()) {
				return true;
			}
		}
		return false;
	}

	private static int occurrences(String text, String proper) {
		Matcher m = wholeWord(proper).matcher(text);
		int count = 0;
		while (m.find()) {
			count++;
		}
		return count;
	}

	/** {@code words} where they stand as whole words. */
	private static Pattern wholeWord(String words) {
		return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words) + "(?![\\p{L}])");
	}

	/** The name the text gives most often; a name that is a time by itself goes without its kind. */
	private static String name(List<Mention> mentions) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			String name = TIME_NAME.matcher(mention.proper()).find() ? mention.proper() : mention.name();
			counts.merge(name, 1, Integer::sum);
		}
		String best = null;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (best == null || entry.getValue() > counts.get(best)) {
				best = entry.getKey();
			}
		}
		return best;
	}

	/**
	 * The event's date from a sentence that names it: the first full date, or, where the sentence
	 * marks the Nth anniversary on a day of the year of issue, that day N years before.
	 */
	private Optional<LocalDate> date(String sentence, Optional<LocalDate> issued) {
		Optional<LocalDate> found = dates.findAll(sentence, DateReader.NumericOrder.UNKNOWN).stream()
				.flatMap(f -> f.date().stream()).findFirst();
		Matcher anniversary = ANNIVERSARY.matcher(sentence);
		if (found.isPresent() && issued.isPresent() && anniversary.find()
				&& Math.abs(found.get().getYear() - issued.get().getYear()) <= 1) {
			return Optional.of(found.get().minusYears(Integer.parseInt(anniversary.group(1))));
		}
		return found;
	}

	/**
	 * A date from a sentence that names the event's namesake and says what happened there, though not
	 * by the event's name: "in the night of 26 February 1992 against Khojaly, cruelly massacring ...".
	 */
	private Optional<LocalDate> dateNearNamesake(String text, List<Mention> mentions, Optional<LocalDate> issued) {
		for (String proper : mentions.stream().map(Mention::proper).distinct().toList()) {
			Matcher m = wholeWord(proper).matcher(text);
			while (m.find()) {
				String sentence = text.substring(sentenceStart(text, m.start()), sentenceEnd(text, m.end()));
				if (WHAT_HAPPENED.matcher(sentence).find()) {
					Optional<LocalDate> date = date(sentence, issued);
					if (date.isPresent()) {
						return date;
					}
				}
			}
		}
		return Optional.empty();
	}

	/** A place when the sentence calls the event's namesake a town, city or village ("the town of Khojaly"). */
	private static Optional<String> namesake(String sentence, String proper) {
		Matcher place = PLACE.matcher(sentence);
		String key = SpellingKey.of(proper);
		while (place.find()) {
			if (proper.startsWith(place.group(1) + " ") || proper.equals(place.group(1))
					|| key.startsWith(SpellingKey.of(place.group(1)))) {
				return Optional.of(place.group(1));
			}
		}
		return Optional.empty();
	}

	private static int sentenceStart(String text, int pos) {
		int start = pos;
		while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0 && pos - start < 1000) {
			start--;
		}
		return start;
	}

	private static int sentenceEnd(String text, int pos) {
		Matcher end = SENTENCE_END.matcher(text).region(pos, Math.min(text.length(), pos + 1000));
		return end.find() ? end.end() : Math.min(text.length(), pos + 1000);
	}
}
