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
 * the snippet's clean-text offsets. A passage is cut to start a little before its first match, so
 * the match stands near the left of the cell whatever the column's width.
 */
final class SnippetLabelProvider extends StyledCellLabelProvider {

	/** Characters of context kept before the first match. */
	static final int LEAD = 40;

	private static final String CUT = "\u2026";

	@Override
	public void update(ViewerCell cell) {
		SearchRow row = (SearchRow) cell.getElement();
		Snippet snippet = row.firstSnippet().orElse(null);
		if (snippet == null) {
			cell.setText("");
			cell.setStyleRanges(new StyleRange[0]);
		} else {
			Shown shown = shown(snippet);
			cell.setText(shown.text());
			cell.setStyleRanges(highlights(snippet, shown.shift(), cell.getControl().getDisplay()));
		}
		super.update(cell);
	}

	/**
	 * The text shown and how far its characters stand from the snippet's: {@code shift} is added to
	 * an offset into the snippet's text to find the character in the shown text.
	 */
	record Shown(String text, int shift) {
	}

	/** The passage on one line, cut to start {@link #LEAD} characters before its first match. */
	static Shown shown(Snippet snippet) {
		String line = snippet.text().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
		int first = snippet.highlights().isEmpty() ? 0 : snippet.highlights().get(0).start() - snippet.start();
		int cut = Math.max(0, first - LEAD);
		if (cut == 0) {
			return new Shown(line, 0);
		}
		// start the cut on a word
		int space = line.indexOf(' ', cut);
		if (space >= 0 && space < first) {
			cut = space + 1;
		}
		return new Shown(CUT + line.substring(cut), CUT.length() - cut);
	}

	private static StyleRange[] highlights(Snippet snippet, int shift, Display display) {
		// a marker-pen yellow, the colour people know from highlighted search results
		Color background = new Color(display, 255, 236, 128);
		Color foreground = display.getSystemColor(SWT.COLOR_BLACK);
		List<StyleRange> ranges = new ArrayList<>();
		for (Snippet.Range match : snippet.highlights()) {
			int start = Math.max(0, match.start() - snippet.start() + shift);
			int end = Math.min(snippet.text().length() + shift, match.end() - snippet.start() + shift);
			if (end > start) {
				ranges.add(new StyleRange(start, end - start, foreground, background, SWT.BOLD));
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}
}
