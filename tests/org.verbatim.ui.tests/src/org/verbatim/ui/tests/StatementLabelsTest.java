package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.excerpts.ExcerptsView;

/**
 * A statement without a headline (the News.Az seed: gold.json gives it no title) is named by its
 * publisher and date in the Statement editor's tab and heading and in the Excerpts and Tags view,
 * as the explorer and the Timeline name it, not by its file name.
 */
class StatementLabelsTest {

	private static final String SEED = "002_c12bd01232c6c3f2.txt";

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void anUntitledStatementIsNamedByPublisherAndDateInTheEditorAndTheExcerptsView(@TempDir Path folder)
			throws Exception {
		Path directory = folder.resolve("untitled");
		StatementEditor editor = sample.importAndOpen(directory, GoldStatements.seeds().resolve(SEED));
		String id = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).statementId().toString();
		String label = id + "  News.Az, 2025-02-27";
		assertEquals(label, editor.getPartName());

		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Excerpt excerpt;
		try (Project project = store.open(directory)) {
			excerpt = project.addExcerpt(project.statementIds().get(0), 0, 10, Optional.empty());
		}
		ExcerptsView excerpts = assertInstanceOf(ExcerptsView.class, sample.page.showView(ExcerptsView.ID));
		excerpts.showProject(directory);
		String excerptId = excerpt.id().toString();
		Map<String, String> row = UiWait.until("the Excerpts and Tags view to list " + excerptId,
				SampleProjectInExplorer.TIMEOUT,
				() -> excerpts.shownRows().stream().filter(r -> r.get("ID").equals(excerptId)).findFirst().orElse(null),
				() -> excerpts.shownRows().toString());
		assertEquals(label, row.get("Statement"));
	}
}
