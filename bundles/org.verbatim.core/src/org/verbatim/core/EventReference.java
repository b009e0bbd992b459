package org.verbatim.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An event a statement refers to, such as the Khojaly massacre.
 *
 * @param name     the event's name as the text gives it
 * @param date     when it happened, when the text says
 * @param place    where it happened, when the text says
 * @param evidence where the text refers to it
 */
public record EventReference(String name, Optional<LocalDate> date, Optional<String> place, Evidence evidence) {

	public EventReference {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(evidence, "evidence");
	}
}
