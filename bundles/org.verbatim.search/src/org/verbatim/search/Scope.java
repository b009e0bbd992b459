package org.verbatim.search;

/** What a search looks at. */
public enum Scope {
	/** Statements and excerpts. */
	ALL,
	/** Whole statements only. */
	STATEMENTS,
	/** Excerpts only (the analyst's quotes, with their notes and tags). */
	EXCERPTS
}
