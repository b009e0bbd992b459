package org.verbatim.importer.internal;

import org.verbatim.core.StatementMetadata;

/**
 * Joins what a page's markup says (title, dates, publisher, language from meta tags and JSON-LD)
 * with what its clean text says (dateline, speakers, events, translation notices): the markup
 * wins where both speak, because it is the publisher's own statement about the page.
 */
final class MetadataMerge {

	private MetadataMerge() {
	}

	static StatementMetadata markupOverText(StatementMetadata markup, StatementMetadata text) {
		return new StatementMetadata(markup.title().or(text::title), markup.issued().or(text::issued),
				markup.updated().or(text::updated), markup.place().or(text::place),
				markup.speakers().isEmpty() ? text.speakers() : markup.speakers(),
				markup.publisher().or(text::publisher), markup.language().or(text::language),
				markup.events().isEmpty() ? text.events() : markup.events(),
				markup.possiblyMachineTranslated().or(text::possiblyMachineTranslated));
	}
}
