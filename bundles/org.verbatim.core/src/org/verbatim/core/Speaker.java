package org.verbatim.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone whose words a statement reports.
 *
 * @param name         the person's name as the text gives it (or the organisation's, for an
 *                     organisation speaking as such)
 * @param role         the role, such as {@code Director General}
 * @param organization the organisation the role is held in
 * @param evidence     where the text says so
 */
public record Speaker(String name, Optional<String> role, Optional<String> organization, Evidence evidence) {

	public Speaker {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(evidence, "evidence");
	}
}
