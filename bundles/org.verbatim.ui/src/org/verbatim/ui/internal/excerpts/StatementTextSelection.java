package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.viewers.ISelection;
import org.verbatim.core.StatementId;

/**
 * A non-empty range of a statement's clean text selected in the Statement editor: what the Make
 * Excerpt command cuts out. The editor publishes it as its selection only while some text is
 * selected, so the command is enabled exactly then.
 *
 * @param projectDirectory the folder of the statement's project
 * @param statement        the statement
 * @param start            the first selected character of the clean text
 * @param end              one past the last selected character
 * @param text             the selected text
 */
public record StatementTextSelection(Path projectDirectory, StatementId statement, int start, int end, String text)
		implements ISelection {

	public StatementTextSelection {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(text, "text");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("not a text selection: " + start + "-" + end);
		}
	}

	@Override
	public boolean isEmpty() {
		return false;
	}
}
