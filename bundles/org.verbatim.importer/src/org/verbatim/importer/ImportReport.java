package org.verbatim.importer;

import java.util.List;

/**
 * Everything an import did, one outcome per file in the order the files were taken.
 *
 * @param outcomes the outcome of each file
 */
public record ImportReport(List<FileOutcome> outcomes) {

	public ImportReport {
		outcomes = List.copyOf(outcomes);
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
