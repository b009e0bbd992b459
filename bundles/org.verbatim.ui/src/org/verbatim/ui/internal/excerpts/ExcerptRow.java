package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.Objects;

import org.verbatim.core.Excerpt;

/**
 * An excerpt as the Excerpts and Tags view lists it. Two rows are equal when they name the same
 * excerpt of the same project, so the table keeps its selection when the excerpts are read again.
 *
 * @param projectDirectory the folder of the excerpt's project
 * @param excerpt          the excerpt with its tags
 * @param statementTitle   the label of the statement it was cut from
 * @param speakers         who speaks in that statement, names joined by commas (empty when unknown)
 */
public record ExcerptRow(Path projectDirectory, Excerpt excerpt, String statementTitle, String speakers) {

	public ExcerptRow {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		Objects.requireNonNull(excerpt, "excerpt");
		Objects.requireNonNull(statementTitle, "statementTitle");
		Objects.requireNonNull(speakers, "speakers");
	}

	/** The excerpt's id as analysts type it, such as {@code E1}. */
	public String id() {
		return excerpt.id().toString();
	}

	/** The quote on one line. */
	public String quote() {
		return excerpt.quote().replaceAll("\\s+", " ").strip();
	}

	/** The tags joined by commas. */
	public String tags() {
		return String.join(", ", excerpt.tags());
	}

	/** The note on one line, or nothing. */
	public String note() {
		return excerpt.note().map(n -> n.replaceAll("\\s+", " ").strip()).orElse("");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ExcerptRow row && projectDirectory.equals(row.projectDirectory)
				&& excerpt.id().equals(row.excerpt.id());
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectDirectory, excerpt.id());
	}
}
