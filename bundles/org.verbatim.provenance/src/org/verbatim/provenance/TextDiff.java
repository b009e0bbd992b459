package org.verbatim.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The difference between two versions of a text, line by line (a statement's clean text has one
 * paragraph per line): what the older version has that the newer lacks, and the reverse. Used to
 * show what changed when a page fetched again had new content.
 */
public final class TextDiff {

	/** Above this many line pairs, the changed middle is shown as removed and added whole. */
	private static final long MOST_PAIRS = 4_000_000;

	/** Whether a line is in both versions, only the older, or only the newer. */
	public enum Kind {
		SAME, REMOVED, ADDED
	}

	/**
	 * One line of the difference.
	 *
	 * @param kind whether it was kept, removed or added
	 * @param text the line, without its line break
	 */
	public record Line(Kind kind, String text) {

		public Line {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(text, "text");
		}
	}

	private TextDiff() {
	}

	/** The lines of {@code older} and {@code newer} in order, each marked kept, removed or added. */
	public static List<Line> between(String older, String newer) {
		List<String> a = older.lines().toList();
		List<String> b = newer.lines().toList();
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<Line> out = new ArrayList<>(a.size() + b.size());
		a.subList(0, prefix).forEach(l -> out.add(new Line(Kind.SAME, l)));
		middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
		a.subList(a.size() - suffix, a.size()).forEach(l -> out.add(new Line(Kind.SAME, l)));
		return Collections.unmodifiableList(out);
	}

	/** Whether the two texts have the same lines. */
	public static boolean unchanged(List<Line> diff) {
		return diff.stream().allMatch(l -> l.kind() == Kind.SAME);
	}

	/**
	 * The difference as text: removed lines with {@code - }, added with {@code + }, and of the kept
	 * lines only those next to a change (with {@code   }), runs of others as one {@code ...} line.
	 */
	public static String render(List<Line> diff) {
		StringBuilder out = new StringBuilder();
		boolean skipped = false;
		for (int i = 0; i < diff.size(); i++) {
			Line line = diff.get(i);
			boolean nearChange = line.kind() != Kind.SAME || (i > 0 && diff.get(i - 1).kind() != Kind.SAME)
					|| (i + 1 < diff.size() && diff.get(i + 1).kind() != Kind.SAME);
			if (!nearChange) {
				skipped = true;
				continue;
			}
			if (skipped) {
				out.append("  ...\n");
				skipped = false;
			}
			out.append(switch (line.kind()) {
			case SAME -> "  ";
			case REMOVED -> "- ";
			case ADDED -> "+ ";
			}).append(line.text()).append('\n');
		}
		if (skipped) {
			out.append("  ...\n");
		}
		return out.toString();
	}

	/** The changed middle: a longest common subsequence of lines, when it is small enough to find. */
	private static void middle(List<String> a, List<String> b, List<Line> out) {
		if ((long) a.size() * b.size() > MOST_PAIRS) {
			a.forEach(l -> out.add(new Line(Kind.REMOVED, l)));
			b.forEach(l -> out.add(new Line(Kind.ADDED, l)));
			return;
		}
		// common[i][j] = length of the longest common subsequence of a[i..] and b[j..]
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				out.add(new Line(Kind.SAME, a.get(i)));
				i++;
				j++;
			} else if (common[i + 1][j] >= common[i][j + 1]) {
				out.add(new Line(Kind.REMOVED, a.get(i++)));
			} else {
				out.add(new Line(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < a.size()) {
			out.add(new Line(Kind.REMOVED, a.get(i++)));
		}
		while (j < b.size()) {
			out.add(new Line(Kind.ADDED, b.get(j++)));
		}
	}
}
