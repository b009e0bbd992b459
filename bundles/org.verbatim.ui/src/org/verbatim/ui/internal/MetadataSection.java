package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.verbatim.core.OffsetMap;

/**
 * The Statement editor's "Read from the text" group: one row per field, one line per value. A
 * value whose evidence stands in the clean text is a link that selects it there; every value says
 * in its tooltip which rule read it from which quote. Unknown values are a quiet dash.
 */
final class MetadataSection {

	private final Group group;
	private final Map<String, Composite> cells = new LinkedHashMap<>();
	private final Map<String, List<ShownValue>> shown = new LinkedHashMap<>();
	private final Consumer<OffsetMap.Span> select;

	/** Builds the group in {@code parent}; clicking a value hands its span to {@code select}. */
	MetadataSection(Composite parent, Consumer<OffsetMap.Span> select) {
		this.select = select;
		group = new Group(parent, SWT.NONE);
		group.setText("Read from the text");
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 3).applyTo(group);
		MetadataLines.placeholder().forEach((label, lines) -> {
			Label name = new Label(group, SWT.NONE);
			name.setText(label + ":");
			name.setFont(JFaceResources.getBannerFont());
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
			Composite cell = new Composite(group, SWT.NONE);
			GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
			GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(cell);
			cells.put(label, cell);
		});
		show(MetadataLines.placeholder());
	}

	/** The group, for layout. */
	Control control() {
		return group;
	}

	/** Shows these rows (labels as in {@link MetadataLines#LABELS}). */
	void show(SequencedMap<String, List<ShownValue>> rows) {
		rows.forEach((label, lines) -> {
			Composite cell = cells.get(label);
			for (Control old : cell.getChildren()) {
				old.dispose();
			}
			for (ShownValue line : lines) {
				valueControl(cell, line);
			}
			shown.put(label, List.copyOf(lines));
		});
		group.layout(true, true);
	}

	private Control valueControl(Composite cell, ShownValue value) {
		Control control;
		if (value.span().isPresent()) {
			Link link = new Link(cell, SWT.WRAP);
			link.setText("<a>" + value.text().replace("&", "&&") + "</a>");
			OffsetMap.Span span = value.span().get();
			link.addListener(SWT.Selection, event -> select.accept(span));
			control = link;
		} else {
			Label label = new Label(cell, SWT.WRAP);
			label.setText(value.text().replace("&", "&&"));
			if (value.isUnknown()) {
				label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
			}
			control = label;
		}
		control.setToolTipText(value.tooltip());
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(control);
		return control;
	}

	/** The lines shown per row, joined with line breaks (for tests). */
	Map<String, String> shownText() {
		Map<String, String> text = new LinkedHashMap<>();
		shown.forEach((label, lines) -> text.put(label,
				String.join("\n", lines.stream().map(ShownValue::text).toList())));
		return text;
	}

	/** The widgets showing a row's values, one per line (for tests: they can be clicked). */
	List<Control> valueControls(String label) {
		Composite cell = cells.get(label);
		return cell == null ? List.of() : new ArrayList<>(List.of(cell.getChildren()));
	}
}
