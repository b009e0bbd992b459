package org.verbatim.importer.internal.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * tragedy of Black January"). Names that differ only in the kind ("Khojaly massacre", "Khojaly
 * genocide") are one event, named as the text first names it. An event gets the first full date
 * in a sentence that names it, and a place when that sentence calls the event's namesake a town,
 * city or village.
 */
final class EventReader {

	private static final String KIND = "(?:massacre|genocide|tragedy|war|massacres|atrocities)";

	private static final String PROPER = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}";

	private static final Pattern NAME_THEN_KIND = Pattern.compile("(?<![\\p{L}])(" + PROPER + ") ((?iu:" + KIND + "))\\b");

	private static final Pattern KIND_OF_NAME = Pattern.compile("\\b(?:tragedy|massacre|genocide) of (?:the )?("
			+ "(?:January|February|March|April|May|June|July|August|September|October|November|December|Black|Bloody)"
			+ "(?: \\p{Lu}[\\p{L}-]+){1,2}|\\p{Lu}[\\p{L}-]+ \\p{Lu}[\\p{L}-]+)");

	private static final Pattern PLACE = Pattern.compile("\\b(?:town|city|village) of (\\p{Lu}[\\p{L}-]+)");

	private static final Pattern KIND_SUFFIX = Pattern.compile("(?i) " + KIND + "$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");

	private static final Set<String> DETERMINERS = Set.of("The", "This", "That", "These", "Those", "A", "An", "Its",
			"Their", "His", "Her", "Our", "Such", "Every", "Each");

	private final DateReader dates = new DateReader();

	/** The events {@code text} refers to, in the order it first names them. */
	List<EventReference> read(String text) {
		Map<String, EventReference> events = new LinkedHashMap<>();
		List<int[]> mentions = new ArrayList<>();
		Matcher m = NAME_THEN_KIND.matcher(text);
		while (m.find()) {
			String proper = m.group(1);
			if (!DETERMINERS.contains(proper.split(" ")[0])) {
				mentions.add(new int[] { m.start(), m.end() });
			}
		}
		Matcher of = KIND_OF_NAME.matcher(text);
		while (of.find()) {
			mentions.add(new int[] { of.start(1), of.end(1) });
		}
		mentions.sort((a, b) -> Integer.compare(a[0], b[0]));
		for (int[] mention : mentions) {
			String name = text.substring(mention[0], mention[1]);
			String key = KIND_SUFFIX.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
			if (events.containsKey(key)) {
				continue;
			}
			int sentenceStart = sentenceStart(text, mention[0]);
			int sentenceEnd = sentenceEnd(text, mention[1]);
			String sentence = text.substring(sentenceStart, sentenceEnd);
			Optional<LocalDate> date = dates.findAll(sentence, DateReader.NumericOrder.UNKNOWN).stream()
					.flatMap(f -> f.date().stream()).findFirst();
			Matcher place = PLACE.matcher(sentence);
			// a place only when the event is named after it: "the town of Khojaly" for the Khojaly massacre
			Optional<String> where = Optional.empty();
			while (place.find()) {
				if (name.startsWith(place.group(1) + " ")) {
					where = Optional.of(place.group(1));
					break;
				}
			}
			events.put(key, new EventReference(name, date, where, new Evidence("named-event", name,
					Optional.of(new OffsetMap.Span(mention[0], mention[1])))));
		}
		return List.copyOf(events.values());
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
