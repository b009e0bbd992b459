package org.verbatim.core;

import java.util.List;
import java.util.Objects;

/**
 * Statements that are the same text republished (by other outlets, with other page furniture and
 * small edits): one canonical original and the others linked to it.
 *
 * @param canonical the statement taken as the original of the group (the earliest imported)
 * @param members   every statement of the group, the canonical one first, then in id order
 */
public record NearDuplicateGroup(StatementId canonical, List<StatementId> members) {

	public NearDuplicateGroup {
		Objects.requireNonNull(canonical, "canonical");
		members = List.copyOf(members);
		if (members.size() < 2 || !members.get(0).equals(canonical)) {
			throw new IllegalArgumentException("a group has its canonical statement first and at least one other: " + members);
		}
	}

	/** The members other than the canonical one. */
	public List<StatementId> others() {
		return members.subList(1, members.size());
	}
}
