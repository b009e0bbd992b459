package org.verbatim.search;

import java.util.Objects;

/**
 * One value of a facet and how many hits have it.
 *
 * @param value the value, such as a publisher's name or a year
 * @param count the number of hits with it
 */
public record FacetCount(String value, long count) {

	public FacetCount {
		Objects.requireNonNull(value, "value");
	}
}
