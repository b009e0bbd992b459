package org.verbatim.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.verbatim.search.Snippet;

/**
 * Cuts keyword-in-context snippets out of a clean text around matched ranges: a window of about
 * {@value #CONTEXT} characters on each side, ending at word boundaries, windows that touch merged,
 * the windows with most matches kept and shown in text order.
 */
final class KeywordInContext {

	static final int CONTEXT = 80;

	private KeywordInContext() {
	}

	/**
	 * The snippets for {@code matches} (clean-text ranges, any order); with no match, the start of
	 * the text as the only snippet.
	 */
	static List<Snippet> snippets(String text, List<Snippet.Range> matches, int maxSnippets) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<Snippet.Range> sorted = new ArrayList<>(matches);
		sorted.sort(Comparator.comparingInt(Snippet.Range::start).thenComparingInt(Snippet.Range::end));
		List<Snippet.Range> merged = new ArrayList<>();
		for (Snippet.Range r : sorted) {
			if (r.end() > text.length()) {
				continue;
			}
			Snippet.Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && r.start() <= last.end()) {
				merged.set(merged.size() - 1, new Snippet.Range(last.start(), Math.max(last.end(), r.end())));
			} else {
				merged.add(r);
			}
		}
		if (merged.isEmpty()) {
			int end = wordEnd(text, Math.min(text.length(), 2 * CONTEXT));
			return List.of(new Snippet(text.substring(0, end), 0, List.of()));
		}
		List<List<Snippet.Range>> windows = new ArrayList<>();
		List<int[]> bounds = new ArrayList<>();
		for (Snippet.Range r : merged) {
			int start = wordStart(text, Math.max(0, r.start() - CONTEXT));
			int end = wordEnd(text, Math.min(text.length(), r.end() + CONTEXT));
			if (!bounds.isEmpty() && start <= bounds.get(bounds.size() - 1)[1]) {
				bounds.get(bounds.size() - 1)[1] = Math.max(end, bounds.get(bounds.size() - 1)[1]);
				windows.get(windows.size() - 1).add(r);
			} else {
				bounds.add(new int[] { start, end });
				windows.add(new ArrayList<>(List.of(r)));
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> -windows.get(i).size()).thenComparingInt(i -> i));
		List<Integer> kept = new ArrayList<>(order.subList(0, Math.min(maxSnippets, order.size())));
		kept.sort(Comparator.naturalOrder());
		List<Snippet> snippets = new ArrayList<>();
		for (int i : kept) {
			int[] b = bounds.get(i);
			snippets.add(new Snippet(text.substring(b[0], b[1]), b[0], windows.get(i)));
		}
		return snippets;
	}

	/** Moves a window start forward to the beginning of a word (unless that loses the whole window). */
	private static int wordStart(String text, int at) {
		if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
			return at;
		}
		int i = at;
		while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - at < 20) {
			i++;
		}
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i - at < 20 + 10 ? i : at;
	}

	/** Moves a window end back to the end of a word. */
	private static int wordEnd(String text, int at) {
		if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
			return at;
		}
		int i = at;
		while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && at - i < 20) {
			i--;
		}
		return at - i < 20 && i > 0 ? i : at;
	}
}
