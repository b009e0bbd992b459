package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The current excerpts of one project as read by an {@link ExcerptsReadJob}.
 *
 * @param projectDirectory the project folder
 * @param projectName      the project's name
 * @param rows             the excerpts in id order
 */
public record ExcerptList(Path projectDirectory, String projectName, List<ExcerptRow> rows) {

	public ExcerptList {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		Objects.requireNonNull(projectName, "projectName");
		rows = List.copyOf(rows);
	}

	/** Every tag on the excerpts with how many excerpts carry it, sorted by tag. */
	public Map<String, Integer> tagCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		rows.forEach(row -> row.excerpt().tags().forEach(tag -> counts.merge(tag, 1, Integer::sum)));
		return counts;
	}
}
