package org.verbatim.importer.internal.dedup;

/**
 * MinHash signatures: for each of {@value #SIGNATURE_SIZE} hash functions, the least hash over a
 * text's shingles. The share of positions where two signatures agree estimates the Jaccard similarity
 * of the two shingle sets (standard error about {@code sqrt(J(1-J)/128)}, 0.044 at J = 0.5).
 *
 * <p>
 * The hash functions are {@code h_i(x) = mix(x XOR seed_i)}, upper 32 bits, with the seeds drawn from
 * a SplitMix64 sequence started at the fixed {@link #SEED}: the same signatures on every run and JVM,
 * so signatures can be stored and compared with ones computed later. Keeping 32 of the 64 bits halves
 * the memory; two different minima agree by accident with probability 2<sup>-32</sup>.
 */
public final class MinHasher {

	/** Hash functions per signature. */
	public static final int SIGNATURE_SIZE = 128;

	/** Start of the seed sequence; part of {@link #SCHEME}. */
	public static final long SEED = 0x5645524241544dL;

	/**
	 * Names everything a stored signature depends on: shingle length, normalisation, hash family and
	 * size. A store keeps it beside the signatures and recomputes them when it differs.
	 */
	public static final String SCHEME = "w" + Shingler.K + "-nfkc-fold-fnv1a-splitmix-minhash" + SIGNATURE_SIZE
			+ "x32-seed" + Long.toHexString(SEED) + "-v1";

	private static final long[] SEEDS = seeds();

	private MinHasher() {
	}

	/** The signature of {@code cleanText}; empty when the text has no words. */
	public static int[] signature(String cleanText) {
		return signature(Shingler.shingles(cleanText));
	}

	/** The signature of a set of shingle hashes; empty for an empty set. */
	public static int[] signature(long[] shingles) {
		if (shingles.length == 0) {
			return new int[0];
		}
		int[] signature = new int[SIGNATURE_SIZE];
		for (int i = 0; i < SIGNATURE_SIZE; i++) {
			long seed = SEEDS[i];
			long min = Long.MAX_VALUE;
			for (long shingle : shingles) {
				long h = Shingler.mix(shingle ^ seed) >>> 32;
				if (h < min) {
					min = h;
				}
			}
			signature[i] = (int) min;
		}
		return signature;
	}

	/** The estimated Jaccard similarity of two signatures: the share of agreeing positions. */
	public static double similarity(int[] a, int[] b) {
		if (a.length != SIGNATURE_SIZE || b.length != SIGNATURE_SIZE) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < SIGNATURE_SIZE; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) SIGNATURE_SIZE;
	}

	private static long[] seeds() {
		long[] seeds = new long[SIGNATURE_SIZE];
		long state = SEED;
		for (int i = 0; i < SIGNATURE_SIZE; i++) {
			state += 0x9e3779b97f4a7c15L;
			seeds[i] = Shingler.mix(state);
		}
		return seeds;
	}
}
