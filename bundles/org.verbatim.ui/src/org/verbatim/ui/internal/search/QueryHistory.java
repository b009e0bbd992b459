package org.verbatim.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;

/**
 * The last queries run, newest first, without repeats, kept in the view's dialog settings so that
 * they survive restarts.
 */
final class QueryHistory {

	/** How many queries are remembered. */
	static final int SIZE = 20;

	private static final String KEY = "queryHistory";

	private final IDialogSettings settings;

	QueryHistory(IDialogSettings settings) {
		this.settings = settings;
	}

	/** The remembered queries, newest first. */
	List<String> queries() {
		String[] stored = settings.getArray(KEY);
		return stored == null ? List.of() : List.of(stored);
	}

	/** Puts {@code query} first, dropping an earlier copy of it and the oldest beyond {@link #SIZE}. */
	void add(String query) {
		List<String> queries = new ArrayList<>(queries());
		queries.remove(query);
		queries.add(0, query);
		settings.put(KEY, queries.subList(0, Math.min(SIZE, queries.size())).toArray(String[]::new));
	}
}
