package org.verbatim.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.verbatim.search.Snippet;

/**
 * Draws a hit's first passage in context with what matched in bold on a highlight colour, placed by
 * the snippet's clean-text offsets.
 */
final class SnippetLabelProvider extends StyledCellLabelProvider {

	@Override
	public void update(ViewerCell cell) {
		SearchRow row = (SearchRow) cell.getElement();
		Snippet snippet = row.firstSnippet().orElse(null);
		if (snippet == null) {
			cell.setText("");
			cell.setStyleRanges(new StyleRange[0]);
			super.update(cell);
			return;
		}
		cell.setText(shown(snippet));
		cell.setStyleRanges(highlights(snippet, cell.getControl().getDisplay()));
		super.update(cell);
	}

	/** The passage on one line; every character stays where it was, so the offsets still fit. */
	static String shown(Snippet snippet) {
		return snippet.text().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}

	private static StyleRange[] highlights(Snippet snippet, Display display) {
		Color background = display.getSystemColor(SWT.COLOR_INFO_BACKGROUND);
		Color foreground = display.getSystemColor(SWT.COLOR_INFO_FOREGROUND);
		List<StyleRange> ranges = new ArrayList<>();
		for (Snippet.Range match : snippet.highlights()) {
			int start = Math.max(0, match.start() - snippet.start());
			int end = Math.min(snippet.text().length(), match.end() - snippet.start());
			if (end > start) {
				StyleRange range = new StyleRange(start, end - start, foreground, background, SWT.BOLD);
				ranges.add(range);
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}
}
