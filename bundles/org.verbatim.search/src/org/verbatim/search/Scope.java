package org.verbatim.search;

/** What a search looks at. */
public enum Scope {
	/** Statements and excerpts. */
	ALL,
	/** Whole statements only. */
	STATEMENTS,
	/** Excerpts only (the analyst's quotes; none until excerpts exist in the store). */
	EXCERPTS
}
