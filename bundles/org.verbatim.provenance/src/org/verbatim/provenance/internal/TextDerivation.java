package org.verbatim.provenance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;

/**
 * Whether a clean text derives from its decoded original through its offset map: every copied run
 * is the original character for character, and every run and removal lies inside the original.
 */
public final class TextDerivation {

	/** At most this many problems are named per statement and kind; the rest are counted. */
	static final int NAMED = 3;

	private TextDerivation() {
	}

	/** What is wrong with the offset map against the text and the original; empty when nothing. */
	public static List<String> offsetProblems(String text, OffsetMap offsets, String original) {
		List<String> problems = new ArrayList<>();
		int count = 0;
		if (offsets.cleanLength() != text.length()) {
			problems.add(String.format(Locale.ROOT, "its offset map covers %d characters but its text has %d",
					offsets.cleanLength(), text.length()));
			return problems;
		}
		for (OffsetMap.Run run : offsets.runs()) {
			String problem = null;
			if (run.originalEnd() > original.length()) {
				problem = String.format(Locale.ROOT,
						"its clean characters %d..%d point at original characters %d..%d, past the end of the decoded "
								+ "original (%d characters)",
						run.cleanStart(), run.cleanEnd(), run.originalStart(), run.originalEnd(), original.length());
			} else if (run.kind() == OffsetMap.Run.Kind.COPY) {
				int length = run.cleanEnd() - run.cleanStart();
				if (!text.regionMatches(run.cleanStart(), original, run.originalStart(), length)) {
					int at = 0;
					while (text.charAt(run.cleanStart() + at) == original.charAt(run.originalStart() + at)) {
						at++;
					}
					problem = String.format(Locale.ROOT,
							"its text does not derive from its original: clean character %d (%s) was copied from "
									+ "original character %d, which is %s",
							run.cleanStart() + at, quoted(text.charAt(run.cleanStart() + at)), run.originalStart() + at,
							quoted(original.charAt(run.originalStart() + at)));
				}
			}
			if (problem != null && count++ < NAMED) {
				problems.add(problem);
			}
		}
		more(problems, count, "runs");
		return problems;
	}

	/** What is wrong with the removals against the original; empty when nothing. */
	public static List<String> removalProblems(List<Removal> removals, String original) {
		List<String> problems = new ArrayList<>();
		int count = 0;
		for (Removal removal : removals) {
			if (removal.originalEnd() > original.length() && count++ < NAMED) {
				problems.add(String.format(Locale.ROOT,
						"cleaning is recorded to have removed original characters %d..%d (%s), past the end of the "
								+ "decoded original (%d characters)",
						removal.originalStart(), removal.originalEnd(), removal.rule(), original.length()));
			}
		}
		more(problems, count, "removals");
		return problems;
	}

	private static void more(List<String> problems, int count, String what) {
		if (count > NAMED) {
			problems.add(String.format(Locale.ROOT, "%d more %s are wrong in the same way", count - NAMED, what));
		}
	}

	private static String quoted(char c) {
		return c < 0x20 || c >= 0x7f ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
	}
}
