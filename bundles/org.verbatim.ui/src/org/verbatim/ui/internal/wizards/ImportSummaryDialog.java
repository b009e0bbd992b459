package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportReport;

/**
 * What an import did: how many originals were imported, were already there, were skipped or
 * failed, and each failed or skipped one with its one-sentence reason. It does not block the
 * workbench, so the analyst can look at the statements while reading it.
 */
public final class ImportSummaryDialog extends Dialog {

	/** The dialog's title. */
	public static final String TITLE = "Import Summary";

	private final Path project;
	private final ImportReport report;

	ImportSummaryDialog(Shell parent, Path project, ImportReport report) {
		super(parent);
		this.project = project;
		this.report = report;
		setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	/** The counts, as one line: {@code 5 imported, 0 duplicates, 1 skipped, 0 failed into …}. */
	public String headline() {
		String counts = String.format(Locale.ROOT, "%d imported, %d %s, %d skipped, %d failed into %s",
				report.count(FileOutcome.Kind.IMPORTED), report.count(FileOutcome.Kind.DUPLICATE),
				report.count(FileOutcome.Kind.DUPLICATE) == 1 ? "duplicate" : "duplicates",
				report.count(FileOutcome.Kind.SKIPPED), report.count(FileOutcome.Kind.FAILED), project);
		return report.cancelled() ? "Cancelled: " + counts + ". Importing the same sources again finishes the rest."
				: counts + ".";
	}

	/** Each failed or skipped original as {@code failed  source: reason}, in the order met. */
	public List<String> problemLines() {
		List<String> lines = new ArrayList<>();
		for (FileOutcome outcome : report.problems()) {
			lines.add(outcome.kind().name().toLowerCase(Locale.ROOT) + "  " + outcome.problemLine());
		}
		return lines;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label headline = new Label(area, SWT.WRAP);
		headline.setText(headline());
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(headline);
		if (!report.problems().isEmpty()) {
			Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.setHeaderVisible(true);
			for (String name : new String[] { "What", "Source", "Why" }) {
				new TableColumn(table, SWT.NONE).setText(name);
			}
			for (FileOutcome outcome : report.problems()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { outcome.kind().name().toLowerCase(Locale.ROOT), outcome.source(),
						outcome.message() });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
			GridDataFactory.fillDefaults().grab(true, true).hint(560, 120).applyTo(table);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
