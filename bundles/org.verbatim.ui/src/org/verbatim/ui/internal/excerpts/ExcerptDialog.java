package org.verbatim.ui.internal.excerpts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for what to keep with a new excerpt: an optional note and optional tags (separated by commas).
 * Shows the quote, shortened, so the analyst sees what is being cut out.
 */
final class ExcerptDialog extends TitleAreaDialog {

	private static final int QUOTE_SHOWN = 240;

	private final String quote;
	private Text noteField;
	private Text tagsField;
	private Optional<String> note = Optional.empty();
	private List<String> tags = List.of();

	ExcerptDialog(Shell parent, String quote) {
		super(parent);
		this.quote = quote;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Make Excerpt");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Make Excerpt");
		String shown = quote.length() > QUOTE_SHOWN ? quote.substring(0, QUOTE_SHOWN - 1) + "\u2026" : quote;
		setMessage("\u201c" + shown.replaceAll("\\s+", " ") + "\u201d");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("&Note:");
		noteField = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(noteField);
		new Label(fields, SWT.NONE).setText("&Tags:");
		tagsField = new Text(fields, SWT.BORDER | SWT.SINGLE);
		tagsField.setMessage("comma-separated, e.g. casualties, 1990");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tagsField);
		return area;
	}

	@Override
	protected void okPressed() {
		note = notBlank(noteField.getText());
		tags = tagList(tagsField.getText());
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Make Excerpt", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The note typed, if any (after OK). */
	Optional<String> note() {
		return note;
	}

	/** The tags typed (after OK). */
	List<String> tags() {
		return tags;
	}

	/** {@code text} stripped, or empty when it is blank. */
	static Optional<String> notBlank(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
	}

	/** The tags in a comma-separated list, stripped, blanks and repeats dropped, in the order given. */
	static List<String> tagList(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
		return List.copyOf(tags);
	}
}
