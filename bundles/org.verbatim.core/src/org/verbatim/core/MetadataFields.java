package org.verbatim.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The metadata fields an analyst may set or clear by hand, and what such an edit does to a
 * statement's metadata. A value set by hand has the evidence rule {@link #ANALYST_EDIT} and itself
 * as the evidence quote: the analyst is the source.
 */
public final class MetadataFields {

	/** The evidence rule of a value an analyst set. */
	public static final String ANALYST_EDIT = "analyst-edit";

	/** The fields that can be edited, in the order they are shown. */
	public static final List<String> EDITABLE = List.of("title", "issued", "updated", "place", "publisher", "language",
			"speakers", "events");

	/**
	 * How several speakers or events are written in one value: {@code Name; Other name}. A speaker
	 * may have a role in brackets after the name: {@code Name (Director General); Other name}.
	 */
	public static final String LIST_SEPARATOR = ";";

	private MetadataFields() {
	}

	/**
	 * The field's current value as an analyst would type it, or empty when the field has none.
	 *
	 * @throws IllegalArgumentException when {@code field} is not {@linkplain #EDITABLE editable}
	 */
	public static Optional<String> value(StatementMetadata metadata, String field) {
		return switch (checked(field)) {
		case "title" -> metadata.title().map(Evidenced::value);
		case "issued" -> metadata.issued().map(v -> v.value().toString());
		case "updated" -> metadata.updated().map(v -> v.value().toString());
		case "place" -> metadata.place().map(Evidenced::value);
		case "publisher" -> metadata.publisher().map(Evidenced::value);
		case "language" -> metadata.language().map(Evidenced::value);
		case "speakers" -> joined(metadata.speakers().stream().map(MetadataFields::typed).toList());
		case "events" -> joined(metadata.events().stream().map(EventReference::name).toList());
		default -> throw new IllegalStateException(field);
		};
	}

	/**
	 * {@code metadata} with {@code field} set to {@code value} (by the analyst), or cleared when
	 * {@code value} is empty; every other field is kept as it was, evidence included.
	 *
	 * @throws IllegalArgumentException with a one-line reason when the field is not editable or the
	 *                                  value does not fit it (a date that is not YYYY-MM-DD, a blank
	 *                                  or multi-line value)
	 */
	public static StatementMetadata edit(StatementMetadata metadata, String field, Optional<String> value) {
		checked(field);
		Optional<String> v = value.map(String::strip);
		if (v.isPresent() && (v.get().isEmpty() || v.get().contains("\n") || v.get().contains("\r"))) {
			throw new IllegalArgumentException("a value for " + field + " must be one non-blank line; to remove the "
					+ field + ", clear it");
		}
		Evidence byAnalyst = new Evidence(ANALYST_EDIT, v.orElse(""), Optional.empty());
		Optional<Evidenced<String>> text = v.map(s -> new Evidenced<>(s, byAnalyst));
		StatementMetadata m = metadata;
		return switch (field) {
		case "title" -> new StatementMetadata(text, m.issued(), m.updated(), m.place(), m.speakers(), m.publisher(),
				m.language(), m.events(), m.possiblyMachineTranslated());
		case "issued" -> new StatementMetadata(m.title(), date(field, v, byAnalyst), m.updated(), m.place(),
				m.speakers(), m.publisher(), m.language(), m.events(), m.possiblyMachineTranslated());
		case "updated" -> new StatementMetadata(m.title(), m.issued(), date(field, v, byAnalyst), m.place(),
				m.speakers(), m.publisher(), m.language(), m.events(), m.possiblyMachineTranslated());
		case "place" -> new StatementMetadata(m.title(), m.issued(), m.updated(), text, m.speakers(), m.publisher(),
				m.language(), m.events(), m.possiblyMachineTranslated());
		case "publisher" -> new StatementMetadata(m.title(), m.issued(), m.updated(), m.place(), m.speakers(), text,
				m.language(), m.events(), m.possiblyMachineTranslated());
		case "language" -> new StatementMetadata(m.title(), m.issued(), m.updated(), m.place(), m.speakers(),
				m.publisher(), text, m.events(), m.possiblyMachineTranslated());
		case "speakers" -> new StatementMetadata(m.title(), m.issued(), m.updated(), m.place(), speakers(v, m.speakers()),
				m.publisher(), m.language(), m.events(), m.possiblyMachineTranslated());
		case "events" -> new StatementMetadata(m.title(), m.issued(), m.updated(), m.place(), m.speakers(),
				m.publisher(), m.language(),
				names(v).stream().map(n -> new EventReference(n, Optional.empty(), Optional.empty(), evidence(n)))
						.toList(),
				m.possiblyMachineTranslated());
		default -> throw new IllegalStateException(field);
		};
	}

	private static String checked(String field) {
		if (!EDITABLE.contains(field)) {
			throw new IllegalArgumentException(
					"'" + field + "' is not a field that can be edited; fields: " + String.join(", ", EDITABLE));
		}
		return field;
	}

	private static Optional<Evidenced<LocalDate>> date(String field, Optional<String> value, Evidence evidence) {
		try {
			return value.map(s -> new Evidenced<>(LocalDate.parse(s), evidence));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"'" + value.orElse("") + "' is not a date for " + field + "; write it as YYYY-MM-DD, e.g. 2019-02-26");
		}
	}

	private static Evidence evidence(String name) {
		return new Evidence(ANALYST_EDIT, name, Optional.empty());
	}

	/**
	 * A speaker as the analyst types one: {@code Name (role)}, or the name alone. A name that ends
	 * in a bracket itself, such as {@code Organization of Islamic Cooperation (OIC)} speaking as
	 * such, is typed with empty brackets after it, so that the bracket is not taken for a role.
	 */
	private static String typed(Speaker speaker) {
		if (speaker.role().isPresent()) {
			return speaker.name() + " (" + speaker.role().get() + ")";
		}
		return speaker.name().endsWith(")") ? speaker.name() + " ()" : speaker.name();
	}

	/**
	 * The speakers the analyst typed ({@code Name (role); Other name}). One typed as it was (same
	 * name and role) is kept as it was, with its organisation and evidence; any other is the
	 * analyst's.
	 */
	private static List<Speaker> speakers(Optional<String> value, List<Speaker> before) {
		List<Speaker> speakers = new ArrayList<>();
		for (String entry : names(value)) {
			Speaker typed = speaker(entry);
			Speaker kept = before.stream()
					.filter(s -> s.name().equals(typed.name()) && s.role().equals(typed.role())).findFirst()
					.orElse(typed);
			if (speakers.stream().noneMatch(s -> s.name().equals(kept.name()) && s.role().equals(kept.role()))) {
				speakers.add(kept);
			}
		}
		return speakers;
	}

	/** {@code Name (role)} or {@code Name} as a speaker set by the analyst; the role's brackets may nest. */
	private static Speaker speaker(String entry) {
		Optional<String> role = Optional.empty();
		String name = entry;
		if (entry.endsWith(")")) {
			int depth = 0;
			int open = -1;
			for (int i = entry.length() - 1; i >= 0 && open < 0; i--) {
				char c = entry.charAt(i);
				depth += c == ')' ? 1 : c == '(' ? -1 : 0;
				if (depth == 0) {
					open = i;
				}
			}
			if (open < 0) {
				throw new IllegalArgumentException("the speaker '" + entry + "' has a ')' without its '('; write a "
						+ "speaker as Name or Name (role)");
			}
			name = entry.substring(0, open).strip();
			String inside = entry.substring(open + 1, entry.length() - 1).strip();
			role = inside.isEmpty() ? Optional.empty() : Optional.of(inside);
		} else if (entry.contains("(")) {
			throw new IllegalArgumentException("the speaker '" + entry + "' has a '(' that is not closed at its end; "
					+ "write a speaker as Name or Name (role)");
		}
		if (name.isEmpty()) {
			throw new IllegalArgumentException("the speaker '" + entry + "' has a role but no name; write a speaker "
					+ "as Name or Name (role)");
		}
		return new Speaker(name, role, Optional.empty(), evidence(entry));
	}

	private static List<String> names(Optional<String> value) {
		return value.map(s -> Arrays.stream(s.split(LIST_SEPARATOR)).map(String::strip).filter(n -> !n.isEmpty())
				.distinct().toList()).orElse(List.of());
	}

	private static Optional<String> joined(List<String> names) {
		return names.isEmpty() ? Optional.empty()
				: Optional.of(names.stream().collect(Collectors.joining(LIST_SEPARATOR + " ")));
	}
}
