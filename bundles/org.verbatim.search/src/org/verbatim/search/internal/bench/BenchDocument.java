package org.verbatim.search.internal.bench;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One document of the search benchmark: a statement's text and the metadata that the search's
 * facets count.
 *
 * @param ordinal      its number, from 0
 * @param source       the URL it is said to come from
 * @param title        the headline
 * @param text         the text
 * @param issued       when it was issued
 * @param speaker      whose words it reports
 * @param role         the speaker's role
 * @param organization the organisation the speaker speaks for
 * @param publisher    who published it
 * @param language     the text's language, as a BCP 47 tag
 * @param event        the event it refers to, if any
 * @param domain       the web domain of {@code source}
 */
public record BenchDocument(int ordinal, String source, String title, String text, LocalDate issued, String speaker,
		String role, String organization, String publisher, String language, Optional<String> event, String domain) {
}
