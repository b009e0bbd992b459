package org.verbatim.provenance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What verifying a project found.
 *
 * @param records    how many records of the provenance log were read
 * @param originals  how many distinct archived originals were read and hashed
 * @param statements how many statements were checked
 * @param headHash   the hash of the last record, which stands for the whole log: a copy of the
 *                   project with the same head hash has the same records
 * @param findings   every problem, records first, then statements in id order
 * @param took       how long verification took
 */
public record VerificationReport(long records, long originals, long statements, Optional<String> headHash,
		List<Finding> findings, Duration took) {

	public VerificationReport {
		Objects.requireNonNull(headHash, "headHash");
		findings = List.copyOf(findings);
		Objects.requireNonNull(took, "took");
	}

	/** Whether nothing was found wrong. */
	public boolean passed() {
		return findings.isEmpty();
	}
}
