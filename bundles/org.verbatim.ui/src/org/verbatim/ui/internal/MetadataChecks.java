package org.verbatim.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.verbatim.core.MetadataFields;
import org.verbatim.core.StatementMetadata;

/**
 * What the metadata form accepts in each field before anything is sent to the store, each refusal
 * one sentence: a title is required; a date is an ISO date (YYYY-MM-DD; the store keeps whole dates
 * only, so a year or a month alone is refused with that said); a language is a well-formed BCP 47
 * tag whose language is a two- or three-letter code; speakers are {@code Name} or {@code Name (role)},
 * separated by {@code ;}, with their brackets closed; every value is one line.
 */
final class MetadataChecks {

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2})?");
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

	private MetadataChecks() {
	}

	/**
	 * Why {@code value} cannot be the {@code field}'s value (a field of
	 * {@link org.verbatim.core.MetadataFields#EDITABLE}), or empty when it can; a blank value clears
	 * the field, which every field but the title allows.
	 */
	static Optional<String> problem(String field, String value) {
		String v = value.strip();
		if (v.contains("\n") || v.contains("\r")) {
			return Optional.of("The " + field + " must be one line.");
		}
		if (v.isEmpty()) {
			return field.equals("title") ? Optional.of("A statement needs a title; type one.") : Optional.empty();
		}
		return switch (field) {
		case "issued", "updated" -> date(field, v);
		case "language" -> language(v);
		case "speakers" -> speakers(v);
		default -> Optional.empty();
		};
	}

	private static Optional<String> date(String field, String value) {
		if (PARTIAL_DATE.matcher(value).matches()) {
			return Optional.of("'" + value + "' is a partial date, and the " + field
					+ " date is kept whole; write the day as well, as YYYY-MM-DD, e.g. 2019-01-18.");
		}
		try {
			LocalDate.parse(value);
			return Optional.empty();
		} catch (DateTimeParseException e) {
			return Optional.of("'" + value + "' is not a date for " + field + "; write it as YYYY-MM-DD, e.g. 2019-01-18.");
		}
	}

	/** The store's own reading of the speakers, so that the form refuses exactly what the store would. */
	private static Optional<String> speakers(String value) {
		try {
			MetadataFields.edit(StatementMetadata.empty(), "speakers", Optional.of(value));
			return Optional.empty();
		} catch (IllegalArgumentException e) {
			String reason = e.getMessage();
			return Optional.of(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
		}
	}

	private static Optional<String> language(String value) {
		try {
			Locale locale = new Locale.Builder().setLanguageTag(value).build();
			if (LANGUAGE.matcher(locale.getLanguage()).matches()) {
				return Optional.empty();
			}
		} catch (IllformedLocaleException e) {
			// said below
		}
		return Optional.of("'" + value + "' is not a BCP 47 language tag; write a tag such as en, az or en-GB.");
	}
}
