package org.verbatim.core.prov;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Something that happened to entities: a fetch, a decode, a cleaning, an extraction, an import, an
 * edit, a tag, an export.
 *
 * @param id         the activity's id in the project's records, such as {@code activity/17/clean}
 * @param type       what kind of activity it is, one of the {@code ProvIds} activity types
 * @param startedAt  when it started (UTC)
 * @param endedAt    when it ended (UTC)
 * @param attributes its settings and findings (such as the charset and how it was chosen), sorted
 *                   by name
 */
public record ProvActivity(String id, String type, Instant startedAt, Instant endedAt,
		Map<String, String> attributes) {

	public ProvActivity {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(endedAt, "endedAt");
		attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
	}

	/** The attribute, or empty. */
	public Optional<String> attribute(String name) {
		return Optional.ofNullable(attributes.get(name));
	}
}
