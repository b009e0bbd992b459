package org.verbatim.importer.internal.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a clean text into the set of its word shingles (runs of {@value #K} consecutive words), each
 * as a 64-bit hash. Two texts that differ only in case, Unicode compatibility forms (NFKC: full-width
 * letters, ligatures, non-breaking spaces) or punctuation give the same shingles.
 *
 * <p>
 * Why 5 words: every changed word disturbs {@code k} shingles, so a small {@code k} keeps edited
 * republications close; but short shingles ("the president said that") are shared by unrelated texts
 * on the same topic, which makes same-site and same-subject articles look alike. Five words is where
 * unrelated English news texts share almost no shingles while one edited sentence of twenty words
 * still leaves the rest of a statement intact (Broder's web near-duplicate work used longer shingles
 * for whole pages; statements are shorter and already cleaned).
 *
 * <p>
 * Words are maximal runs of letters, digits and combining marks. Scripts written without spaces (Han,
 * Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) give one word per character, so a Japanese text is
 * shingled by 5-character runs instead of becoming one enormous "word".
 *
 * <p>
 * Hashes are FNV-1a over the UTF-16 code units of each word, combined and finished with the SplitMix64
 * mixer: fixed arithmetic, the same on every JVM and run (never {@link String#hashCode()}).
 */
public final class Shingler {

	/** Words per shingle. */
	public static final int K = 5;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;
	private static final long FNV_PRIME = 0x100000001b3L;

	private Shingler() {
	}

	/** The normalised words of {@code text}, in order. */
	public static List<String> words(String text) {
		// Upper then lower case: a full case fold for the cases that matter here (ß/SS, final sigma).
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
				.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int i = 0;
		while (i < normal.length()) {
			int cp = normal.codePointAt(i);
			i += Character.charCount(cp);
			if (isUnspacedScript(cp)) {
				flush(word, words);
				words.add(new String(Character.toChars(cp)));
			} else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
				word.appendCodePoint(cp);
			} else {
				flush(word, words);
			}
		}
		flush(word, words);
		return words;
	}

	/**
	 * The distinct shingle hashes of {@code text}, sorted. A text of fewer than {@value #K} words gives
	 * one shingle of all its words; a text without words gives none.
	 */
	public static long[] shingles(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return new long[0];
		}
		long[] wordHashes = new long[words.size()];
		for (int w = 0; w < wordHashes.length; w++) {
			wordHashes[w] = fnv1a(words.get(w));
		}
		int count = Math.max(1, wordHashes.length - K + 1);
		long[] shingles = new long[count];
		for (int s = 0; s < count; s++) {
			long h = FNV_OFFSET;
			for (int w = s; w < Math.min(s + K, wordHashes.length); w++) {
				h = (h ^ wordHashes[w]) * FNV_PRIME;
			}
			shingles[s] = mix(h);
		}
		Arrays.sort(shingles);
		return distinct(shingles);
	}

	/** The SplitMix64 finaliser: spreads every input bit over the whole word. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static long fnv1a(String word) {
		long h = FNV_OFFSET;
		for (int i = 0; i < word.length(); i++) {
			h = (h ^ word.charAt(i)) * FNV_PRIME;
		}
		return h;
	}

	private static long[] distinct(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isUnspacedScript(int cp) {
		if (!Character.isLetter(cp)) {
			return false;
		}
		return switch (Character.UnicodeScript.of(cp)) {
		case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
		default -> false;
		};
	}
}
