package org.verbatim.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a report arranges its quotes into sections. */
public enum ReportTemplate {

	/** One section of quotes in the order the analyst chose them. */
	BRIEFING("briefing") {
		@Override
		List<ReportSection> arrange(List<ReportQuote> quotes) {
			return List.of(new ReportSection("Quotes", Optional.empty(), quotes));
		}
	},

	/** A section per speaker (or, without one, per publisher), sources by issued date within it. */
	DOSSIER("dossier") {
		@Override
		List<ReportSection> arrange(List<ReportQuote> quotes) {
			Map<String, List<ReportQuote>> bySource = new LinkedHashMap<>();
			for (ReportQuote q : byIssued(quotes)) {
				String who = q.speaker().map(s -> s + q.organization().map(o -> " (" + o + ")").orElse(""))
						.or(q::publisher).orElse("Unattributed");
				bySource.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
			}
			return bySource.entrySet().stream().sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
					.map(e -> new ReportSection(e.getKey(), Optional.empty(), e.getValue())).toList();
		}
	},

	/** A section per year of issue, quotes by issued date; undated ones last. */
	CHRONOLOGY("chronology") {
		@Override
		List<ReportSection> arrange(List<ReportQuote> quotes) {
			Map<String, List<ReportQuote>> byYear = new LinkedHashMap<>();
			for (ReportQuote q : byIssued(quotes)) {
				byYear.computeIfAbsent(q.issued().map(d -> Integer.toString(d.getYear())).orElse("Undated"),
						k -> new ArrayList<>()).add(q);
			}
			return byYear.entrySet().stream().map(e -> new ReportSection(e.getKey(), Optional.empty(), e.getValue()))
					.toList();
		}
	};

	private final String id;

	ReportTemplate(String id) {
		this.id = id;
	}

	/** The name the command line takes, such as {@code chronology}. */
	public String id() {
		return id;
	}

	/** The template called {@code id}, in any case. */
	public static Optional<ReportTemplate> byId(String id) {
		for (ReportTemplate t : values()) {
			if (t.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

	/** The quotes, in the order given, arranged into sections. */
	abstract List<ReportSection> arrange(List<ReportQuote> quotes);

	private static List<ReportQuote> byIssued(List<ReportQuote> quotes) {
		return quotes.stream()
				.sorted(Comparator.comparing((ReportQuote q) -> q.issued().orElse(LocalDate.MAX))
						.thenComparing(q -> q.excerpt()))
				.toList();
	}
}
