package org.verbatim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps every character of a clean text back to the characters of the decoded original it came
 * from. (Decoded characters map to original bytes by decoding the archived bytes again with the
 * recorded charset, which is deterministic; so a clean character always leads to a byte range.)
 * <p>
 * The map is a sorted list of {@link Run}s that together cover the clean text without gaps. A
 * {@link Run.Kind#COPY} run is a stretch of clean text that is the original character for character;
 * a {@link Run.Kind#REPLACE} run is clean text that stands for an original span as a whole, such as
 * {@code &} for {@code &amp;} or one space for a run of white space and tags.
 */
public final class OffsetMap {

	/**
	 * One stretch of the clean text and where it came from.
	 *
	 * @param cleanStart    first clean character
	 * @param cleanEnd      one past the last clean character
	 * @param originalStart first character of the decoded original
	 * @param originalEnd   one past the last character of the decoded original
	 * @param kind          copied character for character, or a replacement of the whole span
	 */
	public record Run(int cleanStart, int cleanEnd, int originalStart, int originalEnd, Kind kind) {

		/** How a run's clean text relates to its original span. */
		public enum Kind {
			/** The clean text equals the original span, character for character. */
			COPY,
			/** The clean text stands for the original span as a whole (entity, white space, ...). */
			REPLACE
		}

		public Run {
			Objects.requireNonNull(kind, "kind");
			if (cleanStart < 0 || cleanEnd <= cleanStart || originalStart < 0 || originalEnd < originalStart) {
				throw new IllegalArgumentException("bad run " + cleanStart + ".." + cleanEnd + " -> " + originalStart
						+ ".." + originalEnd);
			}
			if (kind == Kind.COPY && cleanEnd - cleanStart != originalEnd - originalStart) {
				throw new IllegalArgumentException("a COPY run must be as long as its original span");
			}
		}
	}

	/**
	 * A span of the decoded original.
	 *
	 * @param start first character
	 * @param end   one past the last character
	 */
	public record Span(int start, int end) {
	}

	private final List<Run> runs;
	private final int cleanLength;

	private OffsetMap(List<Run> runs) {
		this.runs = List.copyOf(runs);
		this.cleanLength = runs.isEmpty() ? 0 : runs.get(runs.size() - 1).cleanEnd();
	}

	/** The map of a text that is its original unchanged. */
	public static OffsetMap identity(int length) {
		return length == 0 ? new OffsetMap(List.of()) : new OffsetMap(List.of(new Run(0, length, 0, length, Run.Kind.COPY)));
	}

	/**
	 * A map from its runs, which must be sorted, start at clean offset 0, follow each other without
	 * gaps or overlaps in the clean text, and never go backwards in the original.
	 */
	public static OffsetMap of(List<Run> runs) {
		int clean = 0;
		int original = 0;
		for (Run run : runs) {
			if (run.cleanStart() != clean) {
				throw new IllegalArgumentException("runs must cover the clean text without gaps: expected a run at "
						+ clean + ", got " + run);
			}
			if (run.originalStart() < original) {
				throw new IllegalArgumentException("runs must not go backwards in the original: " + run);
			}
			clean = run.cleanEnd();
			original = run.originalEnd();
		}
		return new OffsetMap(runs);
	}

	/** The runs, in clean-text order. */
	public List<Run> runs() {
		return runs;
	}

	/** The length of the clean text this map covers. */
	public int cleanLength() {
		return cleanLength;
	}

	/**
	 * The original span that the clean characters {@code [cleanStart, cleanEnd)} came from: exact
	 * inside COPY runs, the whole span of a REPLACE run that is touched.
	 */
	public Span toOriginal(int cleanStart, int cleanEnd) {
		if (cleanStart < 0 || cleanEnd > cleanLength || cleanEnd <= cleanStart) {
			throw new IndexOutOfBoundsException("clean range " + cleanStart + ".." + cleanEnd + " of " + cleanLength);
		}
		Run first = runAt(cleanStart);
		Run last = runAt(cleanEnd - 1);
		int start = first.kind() == Run.Kind.COPY ? first.originalStart() + (cleanStart - first.cleanStart())
				: first.originalStart();
		int end = last.kind() == Run.Kind.COPY ? last.originalStart() + (cleanEnd - last.cleanStart()) : last.originalEnd();
		return new Span(start, end);
	}

	private Run runAt(int cleanOffset) {
		int low = 0;
		int high = runs.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Run run = runs.get(mid);
			if (cleanOffset < run.cleanStart()) {
				high = mid - 1;
			} else if (cleanOffset >= run.cleanEnd()) {
				low = mid + 1;
			} else {
				return run;
			}
		}
		throw new IndexOutOfBoundsException("clean offset " + cleanOffset + " of " + cleanLength);
	}

	/** Builds a map while the clean text is written, merging adjacent COPY runs. */
	public static final class Builder {

		private final List<Run> runs = new ArrayList<>();
		private int clean;

		/** Appends {@code length} clean characters copied from {@code original[originalStart, +length)}. */
		public Builder copy(int originalStart, int length) {
			if (length == 0) {
				return this;
			}
			if (!runs.isEmpty()) {
				Run last = runs.get(runs.size() - 1);
				if (last.kind() == Run.Kind.COPY && last.originalEnd() == originalStart) {
					runs.set(runs.size() - 1, new Run(last.cleanStart(), clean + length, last.originalStart(),
							originalStart + length, Run.Kind.COPY));
					clean += length;
					return this;
				}
			}
			runs.add(new Run(clean, clean + length, originalStart, originalStart + length, Run.Kind.COPY));
			clean += length;
			return this;
		}

		/** Appends {@code cleanLength} clean characters that stand for {@code original[start, end)}. */
		public Builder replace(int cleanLength, int originalStart, int originalEnd) {
			if (cleanLength == 0) {
				return this;
			}
			runs.add(new Run(clean, clean + cleanLength, originalStart, originalEnd, Run.Kind.REPLACE));
			clean += cleanLength;
			return this;
		}

		/** The clean length written so far. */
		public int cleanLength() {
			return clean;
		}

		public OffsetMap build() {
			return OffsetMap.of(runs);
		}
	}
}
