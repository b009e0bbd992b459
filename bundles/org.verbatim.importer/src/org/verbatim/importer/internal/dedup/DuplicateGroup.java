package org.verbatim.importer.internal.dedup;

import java.util.List;

/**
 * Statements found to be near-duplicates of each other: the same text republished with other page
 * furniture or small edits.
 *
 * @param canonical the statement the others are linked to: the one added to the index first (see
 *                  {@link NearDuplicateIndex} for why)
 * @param members   every statement of the group, the canonical one included, in the order they were
 *                  added; at least two
 */
public record DuplicateGroup(long canonical, List<Long> members) {

	/** Copies the members and checks the group is one. */
	public DuplicateGroup {
		members = List.copyOf(members);
		if (members.size() < 2 || members.get(0) != canonical) {
			throw new IllegalArgumentException("a group has two or more members, the canonical one first: " + members);
		}
	}

	/** The members other than the canonical one. */
	public List<Long> duplicates() {
		return members.subList(1, members.size());
	}
}
