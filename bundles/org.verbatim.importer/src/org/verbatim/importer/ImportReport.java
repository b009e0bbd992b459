package org.verbatim.importer;

import java.util.List;

/**
 * Everything an import did, one outcome per file in the order the files were taken.
 *
 * @param outcomes  the outcome of each file that was gone through
 * @param cancelled whether the import stopped early because its listener asked it to
 */
public record ImportReport(List<FileOutcome> outcomes, boolean cancelled) {

	public ImportReport {
		outcomes = List.copyOf(outcomes);
	}

	/** The report of an import that went through all its files. */
	public ImportReport(List<FileOutcome> outcomes) {
		this(outcomes, false);
	}

	/** The outcomes of one kind. */
	public List<FileOutcome> of(FileOutcome.Kind kind) {
		return outcomes.stream().filter(o -> o.kind() == kind).toList();
	}

	/** Whether any file failed. */
	public boolean hasFailures() {
		return outcomes.stream().anyMatch(o -> o.kind() == FileOutcome.Kind.FAILED);
	}
}
