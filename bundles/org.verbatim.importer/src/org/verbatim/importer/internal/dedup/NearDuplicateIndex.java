package org.verbatim.importer.internal.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups near-duplicate statements as they arrive, without comparing all pairs.
 *
 * <p>
 * Each statement is reduced to a {@link MinHasher MinHash} signature of {@value MinHasher#SIGNATURE_SIZE}
 * values, cut into {@code b} bands of {@code r} rows (LSH banding). Two statements become a candidate
 * pair when all rows of at least one band agree; only candidates are compared, by the share of agreeing
 * signature positions (the estimated Jaccard similarity of their 5-word shingle sets), and joined when
 * it reaches the threshold. Groups are kept with union-find, so a statement that matches any member
 * joins the group.
 *
 * <p>
 * Banding: a pair of Jaccard similarity {@code J} becomes a candidate with probability
 * {@code 1 - (1 - J^r)^b}, an S-curve whose steep part lies near {@code (1/b)^(1/r)}. The default is
 * 42 bands of 3 rows (126 of the 128 values), steep at 0.29:
 *
 * <pre>
 *   J            0.05   0.1    0.2    0.3    0.4    0.45   0.5    0.6
 *   42 x 3      0.005  0.041  0.286  0.683  0.938  0.982  0.996  1.000
 *   32 x 4      0.000  0.003  0.050  0.229  0.564  0.738  0.873  0.988
 *   16 x 8      0.000  0.000  0.000  0.001  0.010  0.027  0.061  0.237
 * </pre>
 *
 * The verification threshold ({@value #DEFAULT_THRESHOLD}) must sit where the curve is already near 1,
 * or true pairs are lost before they are ever compared: with 42 x 3 a pair at the threshold is a
 * candidate with probability 0.98, while unrelated texts (J below 0.05 for 5-word shingles) become
 * candidates about once in two hundred pairs, which keeps the comparisons a tiny share of all pairs.
 * 32 x 4 lost a quarter of the pairs at J = 0.45 (measured: dev recall 0.987 against 0.994), 16 x 8
 * would find almost none below 0.6. The threshold itself was chosen on the development part of the
 * evaluation set (see {@link DedupBenchmark}): the most similar non-duplicate pair there has a shingle
 * Jaccard of 0.21; thresholds from 0.35 (three standard errors of the estimate above it) to 0.45 gave
 * the same best F1, and the highest of them was taken, to keep the widest margin against
 * boilerplate-sharing texts not seen in the set.
 *
 * <p>
 * Canonical member: the statement added first. The analyst wants the organisation's own original as
 * canonical when an outlet republishes it, but the index only sees texts, and an outlet's copy carries
 * the same words plus its furniture. Statements are added in import order, and an original is usually
 * found (or published) before its copies, so the earliest is the best guess the text allows; a caller
 * that knows the publisher can relink. The choice is also stable: adding statements never changes the
 * canonical member of an existing group except by merging two groups, when the earlier canonical wins.
 *
 * <p>
 * Memory: per statement the signature ({@value MinHasher#SIGNATURE_SIZE} ints) and one bucket entry per
 * band, i.e. proportional to statements times signature size. Signatures are deterministic, so a store
 * can keep {@link #signature(long)} and restore the index with {@link #add(long, int[])} instead of
 * re-reading the texts. Not thread-safe.
 */
public final class NearDuplicateIndex {

	/** Default number of bands. */
	public static final int DEFAULT_BANDS = 42;
	/** Default rows per band; bands times rows is at most the signature size. */
	public static final int DEFAULT_ROWS = 3;
	/** Default least estimated Jaccard similarity of two near-duplicates. */
	public static final double DEFAULT_THRESHOLD = 0.45;

	private static final int EMPTY = -1;

	private final int bands;
	private final int rows;
	private final double threshold;

	private final Map<Long, Integer> positions = new HashMap<>();
	private long[] ids = new long[16];
	private int[][] signatures = new int[16][];
	private int[] parent = new int[16];
	/** Members of a group form a ring through this array, so merging two groups is one swap. */
	private int[] ring = new int[16];
	/** Chains of bucket members: entry {@code position * bands + band} holds the next older member. */
	private int[] chain = new int[16 * DEFAULT_BANDS];
	private int[] seenBy = new int[16];
	private final BucketHeads heads = new BucketHeads();
	private int size;
	private long comparisons;

	/** An index with the default bands, rows and threshold. */
	public NearDuplicateIndex() {
		this(DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_THRESHOLD);
	}

	/**
	 * An index with other banding or threshold (for measurements).
	 *
	 * @throws IllegalArgumentException when bands times rows exceeds the signature size
	 */
	public NearDuplicateIndex(int bands, int rows, double threshold) {
		if (bands < 1 || rows < 1 || bands * rows > MinHasher.SIGNATURE_SIZE) {
			throw new IllegalArgumentException(
					bands + " bands of " + rows + " rows do not fit a signature of " + MinHasher.SIGNATURE_SIZE);
		}
		this.bands = bands;
		this.rows = rows;
		this.threshold = threshold;
		this.chain = new int[16 * bands];
	}

	/**
	 * Adds a statement by its clean text.
	 *
	 * @return the group the statement joined, empty when it duplicates nothing added before
	 * @throws IllegalArgumentException when the statement was added before
	 */
	public Optional<DuplicateGroup> add(long statementId, String cleanText) {
		return add(statementId, MinHasher.signature(cleanText));
	}

	/**
	 * Adds a statement by a signature computed earlier with {@link MinHasher#signature(String)} under the
	 * same {@link MinHasher#SCHEME}; an empty signature (a text without words) never groups.
	 *
	 * @return the group the statement joined, empty when it duplicates nothing added before
	 * @throws IllegalArgumentException when the statement was added before or the signature has the
	 *                                  wrong size
	 */
	public Optional<DuplicateGroup> add(long statementId, int[] signature) {
		if (signature.length != 0 && signature.length != MinHasher.SIGNATURE_SIZE) {
			throw new IllegalArgumentException("a signature has " + MinHasher.SIGNATURE_SIZE + " values, not "
					+ signature.length + " (statement " + statementId + ")");
		}
		if (positions.containsKey(statementId)) {
			throw new IllegalArgumentException("statement " + statementId + " is already in the index");
		}
		int position = size++;
		grow();
		ids[position] = statementId;
		signatures[position] = signature.clone();
		parent[position] = position;
		ring[position] = position;
		seenBy[position] = EMPTY;
		positions.put(statementId, position);
		if (signature.length == 0) {
			return Optional.empty();
		}
		long[] keys = new long[bands];
		for (int band = 0; band < bands; band++) {
			keys[band] = bandKey(signature, band);
			for (int other = heads.get(keys[band]); other != EMPTY; other = chain[other * bands + band]) {
				if (seenBy[other] == position) {
					continue;
				}
				seenBy[other] = position;
				if (root(other) == root(position)) {
					continue;
				}
				comparisons++;
				if (MinHasher.similarity(signatures[other], signature) >= threshold) {
					union(other, position);
				}
			}
		}
		for (int band = 0; band < bands; band++) {
			chain[position * bands + band] = heads.put(keys[band], position);
		}
		return group(position);
	}

	/** The group of a statement, empty when it is alone or unknown. */
	public Optional<DuplicateGroup> groupOf(long statementId) {
		Integer position = positions.get(statementId);
		return position == null ? Optional.empty() : group(position);
	}

	/** Every group of two or more statements, in the order their canonical members were added. */
	public List<DuplicateGroup> groups() {
		Map<Integer, List<Long>> byRoot = new LinkedHashMap<>();
		for (int position = 0; position < size; position++) {
			byRoot.computeIfAbsent(root(position), r -> new ArrayList<>()).add(ids[position]);
		}
		List<DuplicateGroup> groups = new ArrayList<>();
		for (List<Long> members : byRoot.values()) {
			if (members.size() > 1) {
				groups.add(new DuplicateGroup(members.get(0), members));
			}
		}
		return groups;
	}

	/** The stored signature of a statement (a copy), for a store to keep. */
	public Optional<int[]> signature(long statementId) {
		Integer position = positions.get(statementId);
		return position == null ? Optional.empty() : Optional.of(signatures[position].clone());
	}

	/** Statements added. */
	public int size() {
		return size;
	}

	/** Candidate pairs compared so far (signature comparisons), to set against all pairs. */
	public long comparisons() {
		return comparisons;
	}

	private Optional<DuplicateGroup> group(int position) {
		if (ring[position] == position) {
			return Optional.empty();
		}
		List<Integer> members = new ArrayList<>();
		int member = position;
		do {
			members.add(member);
			member = ring[member];
		} while (member != position);
		members.sort(null);
		List<Long> memberIds = members.stream().map(p -> ids[p]).toList();
		return Optional.of(new DuplicateGroup(memberIds.get(0), memberIds));
	}

	private int root(int position) {
		int p = position;
		while (parent[p] != p) {
			parent[p] = parent[parent[p]];
			p = parent[p];
		}
		return p;
	}

	/** Joins two groups; the root is the earlier one, so it stays the canonical member. */
	private void union(int a, int b) {
		int ra = root(a);
		int rb = root(b);
		if (ra == rb) {
			return;
		}
		parent[Math.max(ra, rb)] = Math.min(ra, rb);
		int next = ring[a];
		ring[a] = ring[b];
		ring[b] = next;
	}

	private long bandKey(int[] signature, int band) {
		long h = 0x9e3779b97f4a7c15L * (band + 1);
		for (int row = band * rows; row < (band + 1) * rows; row++) {
			h = Shingler.mix(h ^ (signature[row] & 0xffffffffL));
		}
		return h;
	}

	private void grow() {
		if (size <= ids.length) {
			return;
		}
		int capacity = ids.length * 2;
		ids = Arrays.copyOf(ids, capacity);
		signatures = Arrays.copyOf(signatures, capacity);
		parent = Arrays.copyOf(parent, capacity);
		ring = Arrays.copyOf(ring, capacity);
		seenBy = Arrays.copyOf(seenBy, capacity);
		chain = Arrays.copyOf(chain, capacity * bands);
	}

	/**
	 * Bucket key to the newest member of that bucket: open addressing over primitive arrays, because a
	 * boxed map would cost more per statement than its signature.
	 */
	private static final class BucketHeads {

		private long[] keys = new long[64];
		private int[] heads = filled(64);
		private int count;

		int get(long key) {
			int mask = keys.length - 1;
			for (int slot = slot(key, mask); heads[slot] != EMPTY; slot = (slot + 1) & mask) {
				if (keys[slot] == key) {
					return heads[slot];
				}
			}
			return EMPTY;
		}

		/** Makes {@code position} the bucket's newest member and answers the previous one. */
		int put(long key, int position) {
			int mask = keys.length - 1;
			int slot = slot(key, mask);
			while (heads[slot] != EMPTY) {
				if (keys[slot] == key) {
					int previous = heads[slot];
					heads[slot] = position;
					return previous;
				}
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			heads[slot] = position;
			if (++count * 2 > keys.length) {
				rehash();
			}
			return EMPTY;
		}

		private void rehash() {
			long[] oldKeys = keys;
			int[] oldHeads = heads;
			keys = new long[oldKeys.length * 2];
			heads = filled(keys.length);
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldHeads[i] != EMPTY) {
					int slot = slot(oldKeys[i], mask);
					while (heads[slot] != EMPTY) {
						slot = (slot + 1) & mask;
					}
					keys[slot] = oldKeys[i];
					heads[slot] = oldHeads[i];
				}
			}
		}

		private static int slot(long key, int mask) {
			return (int) (key ^ (key >>> 32)) & mask;
		}

		private static int[] filled(int length) {
			int[] array = new int[length];
			Arrays.fill(array, EMPTY);
			return array;
		}
	}
}
