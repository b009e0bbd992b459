package org.verbatim.ui.internal.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * The metadata form's Apply as an operation: each changed field of one statement set or cleared with
 * {@link Project#editMetadata}, as {@code verbatim edit --set} and {@code --clear} do (each edit a
 * new version of the statement, recorded in provenance); undoing takes them back newest first.
 */
public final class EditMetadataOperation extends ProjectOperation {

	private final StatementId statement;
	private final Map<String, Optional<String>> values;

	/**
	 * Sets each field of {@code values} to its value, or clears it when the value is empty, in the
	 * order given.
	 */
	public EditMetadataOperation(ProjectStore store, Path projectDirectory, StatementId statement,
			Map<String, Optional<String>> values) {
		super("Edit " + statement + " (" + String.join(", ", values.keySet()) + ")", store, projectDirectory);
		this.statement = statement;
		this.values = new LinkedHashMap<>(values);
	}

	@Override
	protected List<AnalystChange> perform(Project project) throws StoreException {
		List<AnalystChange> changes = new ArrayList<>();
		try {
			for (Map.Entry<String, Optional<String>> value : values.entrySet()) {
				changes.add(project.editMetadata(statement, value.getKey(), value.getValue()));
			}
		} catch (StoreException e) {
			// leave the project as it was: the fields already edited are taken back, newest first
			for (int i = changes.size() - 1; i >= 0; i--) {
				project.undoLast();
			}
			throw e;
		}
		return changes;
	}

	@Override
	protected String failure() {
		return "The metadata of " + statement + " could not be changed";
	}
}
