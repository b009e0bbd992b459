package org.verbatim.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.verbatim.core.MetadataFields;
import org.verbatim.core.StatementMetadata;

/**
 * The Statement editor's "Metadata" page: the fields an analyst may correct
 * ({@link MetadataFields#EDITABLE}) as text boxes holding the current values. Each box is checked
 * as it is typed in ({@link MetadataChecks}): a bad value gets an error decoration and the first
 * problem is said in one sentence under the form, and Apply stays disabled. Apply hands the changed
 * fields (a blank one clears the field) to the editor, which changes the store in a job as one
 * undoable operation; Revert puts the current values back.
 */
final class MetadataForm {

	/** The tab's title. */
	static final String TITLE = "Metadata";

	private static final Map<String, String> LABELS = Map.of("title", "Title", "issued", "Issued (YYYY-MM-DD)",
			"updated", "Updated (YYYY-MM-DD)", "place", "Place", "publisher", "Publisher", "language",
			"Language (BCP 47)", "speakers", "Speakers (Name (role); \u2026)", "events", "Events (; between names)");

	private final ScrolledComposite scroller;
	private final Composite page;
	private final Map<String, Text> boxes = new LinkedHashMap<>();
	private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
	private final Label roles;
	private final Label problemIcon;
	private final Label problem;
	private final Button apply;
	private final Button revert;
	private final Consumer<Map<String, Optional<String>>> applier;
	private Map<String, String> current = Map.of();
	private boolean filling;

	/** Builds the page in {@code parent}; {@code applier} gets the changed fields when Apply is pressed. */
	MetadataForm(Composite parent, Consumer<Map<String, Optional<String>>> applier) {
		this.applier = applier;
		// the editor gives its pages little height: the form scrolls rather than being cut off
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		page = new Composite(scroller, SWT.NONE);
		scroller.setContent(page);
		scroller.addListener(SWT.Resize, event -> fit());
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(14, 6).applyTo(page);
		Image error = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage();
		Label about = new Label(page, SWT.WRAP);
		about.setText("Correct what the import read. Apply records each changed field as your edit"
				+ " (a new version of the statement, in its provenance); Edit > Undo takes it back.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(100, SWT.DEFAULT).applyTo(about);
		Label rolesLabel = null;
		Label rolesValue = null;
		for (String field : MetadataFields.EDITABLE) {
			Label label = new Label(page, SWT.NONE);
			label.setText(LABELS.getOrDefault(field, field) + ":");
			Text box = new Text(page, SWT.SINGLE | SWT.BORDER);
			box.setData("field", field);
			GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(box);
			ControlDecoration decoration = new ControlDecoration(box, SWT.LEFT | SWT.CENTER);
			decoration.setImage(error);
			decoration.hide();
			box.addModifyListener(event -> check());
			boxes.put(field, box);
			decorations.put(field, decoration);
			if (field.equals("speakers")) {
				rolesLabel = new Label(page, SWT.NONE);
				rolesValue = new Label(page, SWT.WRAP);
				GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(100, SWT.DEFAULT).applyTo(rolesValue);
			}
		}
		roles = rolesValue;
		if (rolesLabel != null) {
			rolesLabel.setText("");
		}

		Composite status = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(status);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		problemIcon = new Label(status, SWT.NONE);
		problemIcon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		problemIcon.setVisible(false);
		problem = new Label(status, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(problem);

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
		revert = new Button(buttons, SWT.PUSH);
		revert.setText("Re&vert");
		revert.setToolTipText("Put the stored values back in the form");
		revert.addListener(SWT.Selection, event -> fill());
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(revert);
		apply = new Button(buttons, SWT.PUSH);
		apply.setText("&Apply");
		apply.setToolTipText("Record the changed fields in the project (undoable with Edit > Undo)");
		apply.addListener(SWT.Selection, event -> applyChanges());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(apply);
		setEnabled(false);
	}

	/** The page, for the tab folder. */
	Control control() {
		return scroller;
	}

	private void fit() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(page.computeSize(Math.max(width, 300), SWT.DEFAULT));
	}

	/** Fills the form with {@code metadata}, the statement's stored values; unapplied typing is dropped. */
	void show(StatementMetadata metadata) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : MetadataFields.EDITABLE) {
			values.put(field, MetadataFields.value(metadata, field).orElse(""));
		}
		current = values;
		String organizations = metadata.speakers().stream().filter(s -> s.organization().isPresent())
				.map(s -> s.name() + ": " + s.organization().get()).collect(Collectors.joining("; "));
		roles.setText(organizations.isEmpty() ? ""
				: "Organisations read with the speakers, kept while a speaker's name and role stay as they are: "
						+ organizations + ".");
		fill();
		page.layout(true, true);
		fit();
	}

	private void fill() {
		filling = true;
		try {
			for (Map.Entry<String, Text> box : boxes.entrySet()) {
				box.getValue().setText(current.getOrDefault(box.getKey(), ""));
			}
		} finally {
			filling = false;
		}
		setEnabled(true);
		check();
	}

	private void setEnabled(boolean enabled) {
		boxes.values().forEach(box -> box.setEnabled(enabled));
		apply.setEnabled(enabled);
		revert.setEnabled(enabled);
	}

	/** Checks every box, decorates the bad ones, says the first problem, and enables Apply. */
	private void check() {
		if (filling) {
			return;
		}
		Optional<String> first = Optional.empty();
		for (Map.Entry<String, Text> box : boxes.entrySet()) {
			Optional<String> bad = MetadataChecks.problem(box.getKey(), box.getValue().getText());
			ControlDecoration decoration = decorations.get(box.getKey());
			if (bad.isPresent()) {
				decoration.setDescriptionText(bad.get());
				decoration.show();
				first = first.isPresent() ? first : bad;
			} else {
				decoration.hide();
			}
		}
		problem.setText(first.orElse(""));
		problemIcon.setVisible(first.isPresent());
		apply.setEnabled(first.isEmpty() && !changes().isEmpty());
		revert.setEnabled(!changes().isEmpty());
		page.layout(true, true);
		fit();
	}

	/** The fields typed differently from the stored values, each with its new value (empty: clear it). */
	Map<String, Optional<String>> changes() {
		Map<String, Optional<String>> changed = new LinkedHashMap<>();
		for (Map.Entry<String, Text> box : boxes.entrySet()) {
			String typed = box.getValue().getText().strip();
			if (!typed.equals(current.getOrDefault(box.getKey(), "").strip())) {
				changed.put(box.getKey(), typed.isEmpty() ? Optional.empty() : Optional.of(typed));
			}
		}
		return changed;
	}

	private void applyChanges() {
		Map<String, Optional<String>> changed = changes();
		if (changed.isEmpty() || !problem.getText().isEmpty()) {
			return;
		}
		// until the store's answer comes back (the editor reads the statement again), nothing is typed twice
		setEnabled(false);
		problem.setText("Applying\u2026");
		applier.accept(changed);
	}

	/** Lets the form be used again after Apply failed; the typed values stay. */
	void applyFailed() {
		setEnabled(true);
		check();
	}

	/** Types {@code value} into the box of {@code field}, as an analyst would (for tests). */
	void type(String field, String value) {
		boxes.get(field).setText(value);
	}

	/** The value in the box of {@code field} (for tests). */
	String typed(String field) {
		return boxes.get(field).getText();
	}

	/** Whether the box of {@code field} shows the error decoration (for tests). */
	boolean decorated(String field) {
		return decorations.get(field).isVisible();
	}

	/** The sentence under the form: the first problem, or empty (for tests). */
	String problem() {
		return problem.getText();
	}

	/** Whether Apply can be pressed (for tests). */
	boolean canApply() {
		return apply.isEnabled();
	}

	/** Presses Apply, as the analyst does (for tests). */
	void pressApply() {
		if (apply.isEnabled()) {
			applyChanges();
		}
	}
}
