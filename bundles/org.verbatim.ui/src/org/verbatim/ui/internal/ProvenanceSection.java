package org.verbatim.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The Statement editor's "Original" group: where the statement came from (id, source, the
 * original's hash and size, the encoding, when it was imported and retrieved), as read-only text
 * an analyst can select and copy.
 */
final class ProvenanceSection {

	private final Group group;
	private final Map<String, StyledText> fields = new LinkedHashMap<>();

	/** Builds the group in {@code parent}, showing only the statement id until {@link #show}. */
	ProvenanceSection(Composite parent, String id) {
		group = new Group(parent, SWT.NONE);
		group.setText("Original");
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 3).applyTo(group);
		ProvenanceRows.placeholder(id).forEach((label, value) -> {
			Label name = new Label(group, SWT.NONE);
			name.setText(label + ":");
			name.setFont(JFaceResources.getBannerFont());
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
			// selectable text rather than a Label, so an analyst can copy a hash or a source; StyledText
			// rather than Text, as GTK's Text sizes itself for word wrap only and so clips a wrapped hash
			StyledText field = new StyledText(group, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			field.setText(value);
			field.setBackground(group.getBackground());
			GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(field);
			fields.put(label, field);
		});
	}

	/** The group, for layout. */
	Control control() {
		return group;
	}

	/** Shows these rows (labels as in {@link ProvenanceRows#LABELS}). */
	void show(SequencedMap<String, String> rows) {
		rows.forEach((label, value) -> fields.get(label).setText(value));
		// a longer value wraps onto more lines: the rows move within the group
		group.layout(true, true);
	}

	/** Sets the tooltip of one row's value. */
	void setToolTip(String label, String tooltip) {
		fields.get(label).setToolTipText(tooltip);
	}

	/** The rows as shown, label to value (for tests). */
	Map<String, String> shownText() {
		Map<String, String> shown = new LinkedHashMap<>();
		fields.forEach((label, field) -> shown.put(label, field.getText()));
		return shown;
	}
}
