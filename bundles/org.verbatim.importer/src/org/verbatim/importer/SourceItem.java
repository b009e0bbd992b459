package org.verbatim.importer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item a {@link SourceImporter} found in a source, such as an entry of a feed.
 *
 * @param id        a stable id of the item within its source: the feed's guid or id when it has
 *                  one, else its link; what a subscription remembers to skip the item next time
 * @param link      the absolute URL of the item's page, empty when it names none
 * @param title     the item's title, when the source gives one
 * @param published when it was published or last updated, when the source says
 * @param author    who the source names as its author
 * @param content   the item's own text or summary as the source carries it (often shortened)
 */
public record SourceItem(String id, Optional<String> link, Optional<String> title, Optional<Instant> published,
		Optional<String> author, Optional<String> content) {

	public SourceItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(content, "content");
	}
}
