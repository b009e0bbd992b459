package org.verbatim.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * How metadata with its evidence, removals and retrievals are printed: as aligned text lines for
 * people, as JSON-ready maps for scripts. Shared by {@code show}, {@code prov} and {@code extract}.
 */
final class MetadataFormat {

	private MetadataFormat() {
	}

	/** One {@code Label: value  [rule: "quote"]} line per known value. */
	static List<String> lines(StatementMetadata m) {
		List<String> lines = new ArrayList<>();
		m.title().ifPresent(v -> lines.add(line("Title", v.value(), v.evidence())));
		m.issued().ifPresent(v -> lines.add(line("Issued", v.value().toString(), v.evidence())));
		m.updated().ifPresent(v -> lines.add(line("Updated", v.value().toString(), v.evidence())));
		m.place().ifPresent(v -> lines.add(line("Place", v.value(), v.evidence())));
		for (Speaker s : m.speakers()) {
			String who = Stream.of(Optional.of(s.name()), s.role(), s.organization()).flatMap(Optional::stream)
					.collect(Collectors.joining(", "));
			lines.add(line("Speaker", who, s.evidence()));
		}
		m.publisher().ifPresent(v -> lines.add(line("Publisher", v.value(), v.evidence())));
		m.language().ifPresent(v -> lines.add(line("Language", v.value(), v.evidence())));
		for (EventReference e : m.events()) {
			String details = Stream.of(e.date().map(Object::toString), e.place()).flatMap(Optional::stream)
					.collect(Collectors.joining(", "));
			lines.add(line("Event", e.name() + (details.isEmpty() ? "" : " (" + details + ")"), e.evidence()));
		}
		m.possiblyMachineTranslated().ifPresent(e -> lines.add(line("Translated", "possibly by machine", e)));
		return lines;
	}

	private static String line(String label, String value, Evidence evidence) {
		return String.format(Locale.ROOT, "%-11s%s  [%s: \"%s\"]", label + ":", value, evidence.rule(),
				shorten(evidence.quote(), 60));
	}

	/**
	 * Removals as {@code rule  start..end  text} lines, the rule column as wide as the longest rule
	 * listed (a plugin's rule, {@code <bundle>/<rule>}, is long) so that the offsets stay in one column.
	 */
	static List<String> removalLines(List<Removal> removals) {
		int ruleWidth = removals.stream().mapToInt(r -> r.rule().length()).max().orElse(1);
		String format = "  %-" + ruleWidth + "s %7d..%-7d %s";
		return removals.stream().map(r -> String.format(Locale.ROOT, format, r.rule(), r.originalStart(),
				r.originalEnd(), shorten(r.text().strip(), 70))).toList();
	}

	static String shorten(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
	}

	static Map<String, Object> json(StatementMetadata m) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("title", m.title().map(MetadataFormat::value));
		json.put("issued", m.issued().map(MetadataFormat::value));
		json.put("updated", m.updated().map(MetadataFormat::value));
		json.put("place", m.place().map(MetadataFormat::value));
		json.put("speakers", m.speakers().stream().map(s -> {
			Map<String, Object> speaker = new LinkedHashMap<>();
			speaker.put("name", s.name());
			speaker.put("role", s.role());
			speaker.put("organization", s.organization());
			speaker.put("evidence", evidence(s.evidence()));
			return speaker;
		}).toList());
		json.put("publisher", m.publisher().map(MetadataFormat::value));
		json.put("language", m.language().map(MetadataFormat::value));
		json.put("events", m.events().stream().map(e -> {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("name", e.name());
			event.put("date", e.date().map(Object::toString));
			event.put("place", e.place());
			event.put("evidence", evidence(e.evidence()));
			return event;
		}).toList());
		json.put("possibly_machine_translated", m.possiblyMachineTranslated().isPresent());
		json.put("machine_translation_evidence", m.possiblyMachineTranslated().map(MetadataFormat::evidence));
		return json;
	}

	private static Map<String, Object> value(Evidenced<?> v) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("value", v.value().toString());
		json.put("evidence", evidence(v.evidence()));
		return json;
	}

	private static Map<String, Object> evidence(Evidence e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("rule", e.rule());
		json.put("quote", e.quote());
		json.put("clean_start", e.where().map(w -> (Object) w.start()));
		json.put("clean_end", e.where().map(w -> (Object) w.end()));
		return json;
	}

	static List<Map<String, Object>> removalsJson(List<Removal> removals) {
		return removals.stream().map(r -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("rule", r.rule());
			json.put("original_start", r.originalStart());
			json.put("original_end", r.originalEnd());
			json.put("text", r.text());
			return json;
		}).toList();
	}

	static List<Map<String, Object>> retrievalsJson(List<Retrieval> retrievals) {
		return retrievals.stream().map(r -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("source", r.source());
			json.put("retrieved_at", r.retrievedAt().toString());
			json.put("final_location", r.finalLocation());
			json.put("http_status", r.httpStatus().isPresent() ? (Object) r.httpStatus().getAsInt() : null);
			json.put("http_headers", r.httpHeaders());
			return json;
		}).toList();
	}
}
