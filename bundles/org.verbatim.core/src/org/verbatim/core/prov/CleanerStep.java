package org.verbatim.core.prov;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Removal;

/**
 * One text cleaner's turn in an import (a plugin's service that removes more from the clean text
 * after the document extractor): which cleaner ran, what it removed and why, and, when its result
 * was refused or it failed, why (the import went on without its removals). Recorded as an activity
 * {@code clean-N} of the import, at the cleaner's bundle and version.
 *
 * @param agent   the cleaner's bundle at its version
 * @param name    which cleaner, such as its class name
 * @param removed what it removed, in characters of the decoded original, each with its reason
 * @param notes   what its removals did to metadata already read (an evidence span dropped because
 *                the passage it pointed at was removed), one sentence each
 * @param problem one sentence when it failed or its result was refused; then nothing of it was kept
 * @since 1.1
 */
public record CleanerStep(ProvAgent agent, String name, List<Removed> removed, List<String> notes,
		Optional<String> problem) {

	/**
	 * One part of the original a cleaner removed.
	 *
	 * @param removal the part, in characters of the decoded original, with the rule that removed it
	 * @param reason  the cleaner's one-line reason
	 */
	public record Removed(Removal removal, String reason) {

		public Removed {
			Objects.requireNonNull(removal, "removal");
			Objects.requireNonNull(reason, "reason");
		}
	}

	public CleanerStep {
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(name, "name");
		removed = List.copyOf(removed);
		notes = List.copyOf(notes);
		Objects.requireNonNull(problem, "problem");
	}
}
