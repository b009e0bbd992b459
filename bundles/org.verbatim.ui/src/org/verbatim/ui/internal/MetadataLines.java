package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Function;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * The lines the Statement editor shows for what was read out of a statement, in display order: one
 * line per value (several for speakers and events), each with its evidence. A field the statement
 * does not give has the single line {@link ShownValue#UNKNOWN}.
 */
final class MetadataLines {

	static final String ISSUED = "Issued";
	static final String UPDATED = "Updated";
	static final String PLACE = "Place";
	static final String SPEAKERS = "Speakers";
	static final String PUBLISHER = "Publisher";
	static final String LANGUAGE = "Language";
	static final String EVENTS = "Events";

	/** The row labels, in display order. */
	static final List<String> LABELS = List.of(ISSUED, UPDATED, PLACE, SPEAKERS, PUBLISHER, LANGUAGE, EVENTS);

	/** The note shown when the statement may be a machine translation. */
	static final String MACHINE_TRANSLATION_NOTE = "Possibly machine-translated";

	private MetadataLines() {
	}

	/** Row label to its lines, in the order of {@link #LABELS}. */
	static SequencedMap<String, List<ShownValue>> of(StatementMetadata metadata) {
		SequencedMap<String, List<ShownValue>> rows = new LinkedHashMap<>();
		rows.put(ISSUED, single(metadata.issued(), date -> date.toString()));
		rows.put(UPDATED, single(metadata.updated(), date -> date.toString()));
		rows.put(PLACE, single(metadata.place(), Function.identity()));
		rows.put(SPEAKERS, orUnknown(metadata.speakers().stream()
				.map(speaker -> ShownValue.read(speakerLine(speaker), speaker.evidence())).toList()));
		rows.put(PUBLISHER, single(metadata.publisher(), Function.identity()));
		rows.put(LANGUAGE, single(metadata.language(), MetadataLines::languageName));
		rows.put(EVENTS, orUnknown(
				metadata.events().stream().map(event -> ShownValue.read(eventLine(event), event.evidence())).toList()));
		return rows;
	}

	/** Every row unknown, while the statement is being read. */
	static SequencedMap<String, List<ShownValue>> placeholder() {
		SequencedMap<String, List<ShownValue>> rows = new LinkedHashMap<>();
		for (String label : LABELS) {
			rows.put(label, List.of(ShownValue.plain("")));
		}
		return rows;
	}

	/** The machine-translation note with its evidence, when the statement is flagged. */
	static Optional<ShownValue> machineTranslationNote(StatementMetadata metadata) {
		return metadata.possiblyMachineTranslated().map(evidence -> ShownValue.read(MACHINE_TRANSLATION_NOTE, evidence));
	}

	/** {@code name — role, organization}, leaving out what is not known. */
	static String speakerLine(Speaker speaker) {
		List<String> about = new ArrayList<>();
		speaker.role().ifPresent(about::add);
		speaker.organization().ifPresent(about::add);
		return about.isEmpty() ? speaker.name() : speaker.name() + " \u2014 " + String.join(", ", about);
	}

	/** {@code name (date, place)}, leaving out what is not known. */
	static String eventLine(EventReference event) {
		List<String> about = new ArrayList<>();
		event.date().ifPresent(date -> about.add(date.toString()));
		event.place().ifPresent(about::add);
		return about.isEmpty() ? event.name() : event.name() + " (" + String.join(", ", about) + ")";
	}

	/** {@code English (en)} for a BCP 47 tag Java knows by name, else the tag alone. */
	static String languageName(String tag) {
		String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
		return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
	}

	private static <T> List<ShownValue> single(Optional<Evidenced<T>> value, Function<T, String> format) {
		return List.of(value.map(v -> ShownValue.read(format.apply(v.value()), v.evidence())).orElseGet(ShownValue::unknown));
	}

	private static List<ShownValue> orUnknown(List<ShownValue> lines) {
		return lines.isEmpty() ? List.of(ShownValue.unknown()) : lines;
	}
}
