package org.verbatim.ui.internal.search;

import java.util.List;
import java.util.Objects;

import org.verbatim.search.FacetCount;

/**
 * A node of the facet tree: a dimension with its values, or one value with its count.
 */
sealed interface FacetNode {

	/**
	 * A facet dimension and its most frequent values among all hits.
	 *
	 * @param name   the dimension, such as {@code publisher}
	 * @param values its values, most frequent first
	 */
	record Dimension(String name, List<Value> values) implements FacetNode {

		public Dimension {
			Objects.requireNonNull(name, "name");
			values = List.copyOf(values);
		}

		static Dimension of(String name, List<FacetCount> counts, List<String> filtered) {
			return new Dimension(name,
					counts.stream().map(c -> new Value(name, c.value(), c.count(), filtered.contains(c.value()))).toList());
		}
	}

	/**
	 * One value of a dimension.
	 *
	 * @param dimension the dimension it belongs to
	 * @param value     the value
	 * @param count     how many hits have it
	 * @param filtered  whether the hits are already narrowed to it
	 */
	record Value(String dimension, String value, long count, boolean filtered) implements FacetNode {

		public Value {
			Objects.requireNonNull(dimension, "dimension");
			Objects.requireNonNull(value, "value");
		}

		/** What the tree shows: the value and its count. */
		String label() {
			return value + " (" + count + ")";
		}
	}
}
