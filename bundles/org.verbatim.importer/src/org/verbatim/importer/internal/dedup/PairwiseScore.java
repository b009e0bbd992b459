package org.verbatim.importer.internal.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise precision and recall of a grouping against the truth: every unordered pair of documents
 * put in one group is a predicted pair; every pair with the same true label is a true pair.
 *
 * @param predictedPairs pairs in the same detected group
 * @param truePairs      pairs with the same true label
 * @param correctPairs   pairs that are both
 */
public record PairwiseScore(long predictedPairs, long truePairs, long correctPairs) {

	/**
	 * Scores a grouping.
	 *
	 * @param predicted the detected group of each document (any key; a document alone has a key of its
	 *                  own), in the same order as {@code truth}
	 * @param truth     the true label of each document
	 */
	public static <P, T> PairwiseScore of(List<P> predicted, List<T> truth) {
		if (predicted.size() != truth.size()) {
			throw new IllegalArgumentException(predicted.size() + " predictions for " + truth.size() + " documents");
		}
		Map<Object, Long> predictedSizes = new HashMap<>();
		Map<Object, Long> trueSizes = new HashMap<>();
		Map<List<Object>, Long> cellSizes = new HashMap<>();
		for (int i = 0; i < truth.size(); i++) {
			P p = Objects.requireNonNull(predicted.get(i));
			T t = Objects.requireNonNull(truth.get(i));
			predictedSizes.merge(p, 1L, Long::sum);
			trueSizes.merge(t, 1L, Long::sum);
			cellSizes.merge(List.of(p, t), 1L, Long::sum);
		}
		return new PairwiseScore(pairs(predictedSizes), pairs(trueSizes), pairs(cellSizes));
	}

	/** Share of predicted pairs that are true; 1 when nothing was grouped (no wrong pair claimed). */
	public double precision() {
		return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
	}

	/** Share of true pairs that were predicted; 1 when there are none to find. */
	public double recall() {
		return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
	}

	/** Harmonic mean of precision and recall. */
	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	private static long pairs(Map<?, Long> sizes) {
		return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
	}
}
