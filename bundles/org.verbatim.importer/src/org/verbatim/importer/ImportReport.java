package org.verbatim.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: how many originals ended each way, and the problems (failed and skipped
 * originals) in the order they were met. Imported statements are told to the
 * {@link ImportListener} as they are added and not kept here, so an import of any size takes the
 * same memory.
 *
 * @param counts    how many originals ended each way
 * @param problems  the failed and skipped originals, in order
 * @param cancelled whether the import stopped early because its listener asked it to
 */
public record ImportReport(Map<FileOutcome.Kind, Integer> counts, List<FileOutcome> problems, boolean cancelled) {

	public ImportReport {
		EnumMap<FileOutcome.Kind, Integer> all = new EnumMap<>(FileOutcome.Kind.class);
		for (FileOutcome.Kind kind : FileOutcome.Kind.values()) {
			all.put(kind, counts.getOrDefault(kind, 0));
		}
		counts = Map.copyOf(all);
		problems = List.copyOf(problems);
	}

	/** How many originals ended as {@code kind}. */
	public int count(FileOutcome.Kind kind) {
		return counts.get(kind);
	}

	/** How many originals the import went through. */
	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Whether any original failed. */
	public boolean hasFailures() {
		return count(FileOutcome.Kind.FAILED) > 0;
	}
}
