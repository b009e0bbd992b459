package org.verbatim.search;

/** The order of hits. */
public enum Sort {
	/** Best match first. */
	RELEVANCE,
	/** Latest issue date first; statements without a date last. */
	ISSUED_NEWEST,
	/** Earliest issue date first; statements without a date last. */
	ISSUED_OLDEST
}
