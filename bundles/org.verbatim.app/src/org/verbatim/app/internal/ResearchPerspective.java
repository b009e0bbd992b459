package org.verbatim.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.verbatim.ui.VerbatimParts;

/**
 * The Research perspective: the Project Explorer on the left, statements in the editor area, the
 * Search view below them.
 */
public final class ResearchPerspective implements IPerspectiveFactory {

	/** The perspective id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.app.research";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
		// there is no Window menu to bring the explorer back
		layout.getViewLayout(VerbatimParts.PROJECT_EXPLORER_VIEW_ID).setCloseable(false);
		layout.addView(VerbatimParts.SEARCH_VIEW_ID, IPageLayout.BOTTOM, 0.6f, layout.getEditorArea());
		layout.getViewLayout(VerbatimParts.SEARCH_VIEW_ID).setCloseable(false);
	}
}
