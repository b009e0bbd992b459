package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.verbatim.core.Removal;

/**
 * The Statement editor's "Removed by cleaning" page: one sentence on what cleaning left out of the
 * original, and a table of the removed parts (rule, where in the decoded original, text).
 */
final class RemovalsTab {

	/** The tab's title without the count. */
	static final String TITLE = "Removed by cleaning";

	private static final int TEXT_LENGTH = 200;

	private final Composite page;
	private final Label summary;
	private final Table table;
	private List<Removal> shown = List.of();

	/**
	 * Builds the page in {@code parent} (a tab folder); double-clicking a row (or Enter) hands its
	 * removal to {@code open}, which shows it in the original.
	 */
	RemovalsTab(Composite parent, Consumer<Removal> open) {
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().spacing(4, 6).applyTo(page);
		summary = new Label(page, SWT.WRAP);
		summary.setText("Reading\u2026");
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Rule", 200);
		column("In the original", 150);
		TableColumn text = column("Removed text", 400);
		// the removed text takes what the other columns leave, so nothing is cut off at the right
		table.addListener(SWT.Resize, event -> {
			int others = 0;
			for (TableColumn column : table.getColumns()) {
				others += column == text ? 0 : column.getWidth();
			}
			text.setWidth(Math.max(200, table.getClientArea().width - others));
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(table);
		table.addListener(SWT.DefaultSelection, event -> {
			int row = table.getSelectionIndex();
			if (row >= 0 && row < shown.size()) {
				open.accept(shown.get(row));
			}
		});
	}

	private TableColumn column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
		return column;
	}

	/** The page, for the tab folder. */
	Control control() {
		return page;
	}

	/** The tab's title with the number of removals. */
	static String title(List<Removal> removals) {
		return removals.isEmpty() ? TITLE : TITLE + " (" + removals.size() + ")";
	}

	/** Shows these removals, in original order. */
	void show(List<Removal> removals) {
		shown = List.copyOf(removals);
		table.removeAll();
		if (removals.isEmpty()) {
			summary.setText("No removals are recorded: cleaning removed nothing from the original,"
					+ " or the statement was imported by an older Verbatim that did not record them.");
		} else {
			int characters = removals.stream().mapToInt(r -> r.originalEnd() - r.originalStart()).sum();
			summary.setText(String.format(Locale.ROOT,
					"Cleaning left %d %s of the original out of the text (%,d characters), by these rules"
							+ " (double-click one to see it in the Original):",
					removals.size(), removals.size() == 1 ? "part" : "parts", characters));
		}
		for (Removal removal : removals) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { removal.rule(),
					String.format(Locale.ROOT, "%,d\u2013%,d", removal.originalStart(), removal.originalEnd()),
					oneLine(removal.text()) });
		}
		summary.requestLayout();
	}

	private static String oneLine(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= TEXT_LENGTH ? line : line.substring(0, TEXT_LENGTH - 1) + "\u2026";
	}

	/** Opens row {@code row} as a double-click does (for tests). */
	void open(int row) {
		table.setSelection(row);
		table.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** The rows as shown, each {@code rule: text} (for tests). */
	List<String> shownRows() {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + ": " + item.getText(2));
		}
		return rows;
	}
}
