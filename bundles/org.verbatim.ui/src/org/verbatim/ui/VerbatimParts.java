package org.verbatim.ui;

/** The ids under which the Verbatim views and editors are registered with the workbench. */
public final class VerbatimParts {

	/** The Project Explorer view: projects and their statements. */
	public static final String PROJECT_EXPLORER_VIEW_ID = "org.verbatim.ui.projectExplorer";

	/** The Statement editor: one statement's metadata and text, read-only. */
	public static final String STATEMENT_EDITOR_ID = "org.verbatim.ui.statementEditor";

	/** The Search view: a query over one project, facets, and the hits in context. */
	public static final String SEARCH_VIEW_ID = "org.verbatim.ui.search";

	private VerbatimParts() {
	}
}
