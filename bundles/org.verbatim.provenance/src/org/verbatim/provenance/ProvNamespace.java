package org.verbatim.provenance;

import java.util.List;
import java.util.Objects;

import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * Where a project's record ids live when they leave the project: every id (already a path of
 * percent-encoded segments) is appended to one IRI prefix. The prefix is made from the hash of the
 * project's first record, which never changes and differs between projects even when they share a
 * folder name; a project without records falls back to its name.
 *
 * @param prefix the IRI every id is appended to, ending in {@code /}
 */
public record ProvNamespace(String prefix) {

	/** The scheme and namespace all of Verbatim's prefixes start with. */
	public static final String URN = "urn:verbatim:";

	public ProvNamespace {
		Objects.requireNonNull(prefix, "prefix");
		if (!prefix.endsWith("/")) {
			throw new IllegalArgumentException("a namespace prefix ends in '/': " + prefix);
		}
	}

	/** The namespace of {@code project}'s records. */
	public static ProvNamespace of(Project project) throws StoreException {
		List<ProvEntry> first = project.provenance(0, 1);
		if (first.isEmpty()) {
			return new ProvNamespace(URN + "project:" + ProvIds.segment(project.name()) + "/");
		}
		return new ProvNamespace(URN + "log:" + first.get(0).hash() + "/");
	}

	/** The IRI of the entity, activity or agent with this record id. */
	public String iri(String id) {
		return prefix + id;
	}
}
