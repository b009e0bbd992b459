package org.verbatim.core.prov;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A thing provenance is about: an original, a decoded or clean text, a statement, an excerpt, a
 * report. An entity never changes; a changed statement is a new entity that was a revision of the
 * old one.
 *
 * @param id         the entity's id in the project's records, such as {@code statement/S3/1}
 * @param type       what kind of thing it is, one of the {@code ProvIds} types
 * @param attributes what is known of it (such as its {@code sha256}), sorted by name
 */
public record ProvEntity(String id, String type, Map<String, String> attributes) {

	public ProvEntity {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
	}

	/** The attribute, or empty. */
	public java.util.Optional<String> attribute(String name) {
		return java.util.Optional.ofNullable(attributes.get(name));
	}
}
