package org.verbatim.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a careful analyst reads out of a statement, every value with its evidence. A field the text
 * does not give (or gives ambiguously) is empty: Verbatim never guesses silently.
 *
 * @param title                    the headline
 * @param issued                   when the statement was issued
 * @param updated                  when the source says it was last updated
 * @param place                    where it was issued (the dateline)
 * @param speakers                 whose words it reports
 * @param publisher                who published this copy (an outlet may republish an
 *                                 organisation's words: then publisher and speakers differ)
 * @param language                 the text's language as a BCP 47 tag, such as {@code en}
 * @param events                   events it refers to
 * @param possiblyMachineTranslated evidence that the text may be a machine translation (a
 *                                 translation notice), or empty
 */
public record StatementMetadata(Optional<Evidenced<String>> title, Optional<Evidenced<LocalDate>> issued,
		Optional<Evidenced<LocalDate>> updated, Optional<Evidenced<String>> place, List<Speaker> speakers,
		Optional<Evidenced<String>> publisher, Optional<Evidenced<String>> language, List<EventReference> events,
		Optional<Evidence> possiblyMachineTranslated) {

	public StatementMetadata {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(issued, "issued");
		Objects.requireNonNull(updated, "updated");
		Objects.requireNonNull(place, "place");
		speakers = List.copyOf(speakers);
		Objects.requireNonNull(publisher, "publisher");
		Objects.requireNonNull(language, "language");
		events = List.copyOf(events);
		Objects.requireNonNull(possiblyMachineTranslated, "possiblyMachineTranslated");
	}

	/** Nothing known. */
	public static StatementMetadata empty() {
		return new StatementMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
				Optional.empty(), Optional.empty(), List.of(), Optional.empty());
	}
}
