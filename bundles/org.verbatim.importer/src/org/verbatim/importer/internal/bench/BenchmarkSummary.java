package org.verbatim.importer.internal.bench;

import java.util.List;

/**
 * The benchmark figures of a set of pages: precision is the mean over pages where something was
 * predicted, recall the mean over pages with gold text, F1 their harmonic mean, accuracy the share
 * of pages whose token sequence is exactly the gold one.
 *
 * @param docs      pages scored
 * @param precision mean precision
 * @param recall    mean recall
 * @param f1        harmonic mean of the two means
 * @param accuracy  share of exact pages
 */
public record BenchmarkSummary(int docs, double precision, double recall, double f1, double accuracy) {

	/** The summary of {@code scores}. */
	public static BenchmarkSummary of(List<ShingleScore> scores) {
		double precisionSum = 0;
		int precisionDocs = 0;
		double recallSum = 0;
		int recallDocs = 0;
		int exact = 0;
		for (ShingleScore score : scores) {
			if (score.countsForPrecision()) {
				precisionSum += score.precision();
				precisionDocs++;
			}
			if (score.countsForRecall()) {
				recallSum += score.recall();
				recallDocs++;
			}
			if (score.exact()) {
				exact++;
			}
		}
		double precision = precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
		double recall = recallDocs == 0 ? 0 : recallSum / recallDocs;
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		return new BenchmarkSummary(scores.size(), precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size());
	}
}
