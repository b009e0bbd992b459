package org.verbatim.importer.internal.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure of one page: the predicted and the gold text are cut
 * into word tokens ({@code \w+} in the Unicode sense), the tokens into 4-gram shingles, and the two
 * shingle multisets are compared.
 *
 * @param truePositives  shingles in both (counted with multiplicity)
 * @param falsePositives predicted shingles beyond the gold ones
 * @param falseNegatives gold shingles beyond the predicted ones
 * @param exact          whether the whole token sequences are equal
 */
public record ShingleScore(int truePositives, int falsePositives, int falseNegatives, boolean exact) {

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
	private static final int SHINGLE = 4;

	/** Scores {@code predicted} against {@code gold}. */
	public static ShingleScore of(String predicted, String gold) {
		List<String> predictedTokens = tokens(predicted);
		List<String> goldTokens = tokens(gold);
		Map<List<String>, Integer> predictedShingles = shingles(predictedTokens);
		Map<List<String>, Integer> goldShingles = shingles(goldTokens);
		int tp = 0;
		int fp = 0;
		for (Map.Entry<List<String>, Integer> entry : predictedShingles.entrySet()) {
			int both = Math.min(entry.getValue(), goldShingles.getOrDefault(entry.getKey(), 0));
			tp += both;
			fp += entry.getValue() - both;
		}
		int goldCount = goldShingles.values().stream().mapToInt(Integer::intValue).sum();
		return new ShingleScore(tp, fp, goldCount - tp, predictedTokens.equals(goldTokens));
	}

	/** TP / (TP + FP), or 1 when nothing is wrong either way. */
	public double precision() {
		if (falsePositives == 0 && falseNegatives == 0) {
			return 1;
		}
		return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
	}

	/** TP / (TP + FN), or 1 when nothing is wrong either way. */
	public double recall() {
		if (falsePositives == 0 && falseNegatives == 0) {
			return 1;
		}
		return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
	}

	/** Whether the page counts towards the mean precision: something was predicted. */
	public boolean countsForPrecision() {
		return truePositives + falsePositives > 0;
	}

	/** Whether the page counts towards the mean recall: the gold text has shingles. */
	public boolean countsForRecall() {
		return truePositives + falseNegatives > 0;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	static Map<List<String>, Integer> shingles(List<String> tokens) {
		Map<List<String>, Integer> shingles = new HashMap<>();
		if (tokens.isEmpty()) {
			return shingles;
		}
		int count = Math.max(1, tokens.size() - SHINGLE + 1);
		for (int i = 0; i < count; i++) {
			shingles.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
		}
		return shingles;
	}
}
