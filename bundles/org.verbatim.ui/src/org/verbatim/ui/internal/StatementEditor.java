package org.verbatim.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.VerbatimParts;

/**
 * Shows one statement read-only: its metadata (id, title, source, the original's SHA-256 and size,
 * the encoding and how it was chosen, when it was imported) and its text, wrapped and scrolled.
 * The statement is read off the UI thread; until then the editor says so.
 */
public final class StatementEditor extends EditorPart {

	/** The editor id, as registered in plugin.xml. */
	public static final String ID = VerbatimParts.STATEMENT_EDITOR_ID;

	private static final int TAB_LABEL_LENGTH = 32;

	private final Map<String, Text> metadataFields = new LinkedHashMap<>();
	private Text body;
	private Statement statement;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof StatementEditorInput)) {
			throw new PartInitException("The Statement editor shows statements only, not " + input.getName() + ".");
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private StatementEditorInput statementInput() {
		return (StatementEditorInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(8, 4).numColumns(2).applyTo(page);
		for (Map.Entry<String, String> row : StatementMetadata.placeholder(getPartName()).entrySet()) {
			Label label = new Label(page, SWT.NONE);
			label.setText(row.getKey() + ":");
			label.setFont(JFaceResources.getBannerFont());
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
			// read-only Text rather than Label, so an analyst can select and copy a hash or a source
			Text value = new Text(page, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			value.setText(row.getValue());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
			metadataFields.put(row.getKey(), value);
		}
		Label separator = new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(separator);
		body = new Text(page, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		body.setText("Reading " + statementInput().statementId() + " from " + statementInput().projectDirectory()
				+ "\u2026");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 200).applyTo(body);
		load(parent.getDisplay());
	}

	private void load(Display display) {
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			ILog.of(getClass()).error("No ProjectStore service: the org.verbatim.store bundle is missing or not started.");
			body.setText("The statement cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		StatementEditorInput input = statementInput();
		Job job = Job.create("Reading " + input.getName(), (IProgressMonitor monitor) -> {
			Optional<Statement> read;
			String problem;
			try (Project project = store.open(input.projectDirectory())) {
				read = project.statement(input.statementId());
				problem = "The project in " + input.projectDirectory() + " has no statement " + input.statementId()
						+ "; it may have been opened from another copy of the project.";
			} catch (StoreException e) {
				ILog.of(StatementEditor.class).warn(e.getMessage(), e);
				read = Optional.empty();
				problem = e.getMessage();
			}
			Optional<Statement> result = read;
			String sentence = problem;
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(result, sentence));
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(Optional<Statement> read, String problem) {
		if (body == null || body.isDisposed()) {
			return;
		}
		if (read.isEmpty()) {
			body.setText(problem);
			return;
		}
		statement = read.get();
		StatementMetadata.of(statement).forEach((label, value) -> metadataFields.get(label).setText(value));
		body.setText(statement.text());
		body.setSelection(0);
		String label = statement.label();
		setPartName(statement.id() + "  "
				+ (label.length() > TAB_LABEL_LENGTH ? label.substring(0, TAB_LABEL_LENGTH - 1) + "\u2026" : label));
		setTitleToolTip(statement.id() + "  " + label + "\n" + statementInput().projectDirectory());
		body.getParent().layout(true, true);
	}

	/** The statement shown, once it has been read. */
	public Optional<Statement> statement() {
		return Optional.ofNullable(statement);
	}

	/** The text the editor shows in its text area (for tests). */
	public String shownText() {
		return body.getText();
	}

	/** The metadata rows as shown, label to value (for tests). */
	public Map<String, String> shownMetadata() {
		Map<String, String> shown = new LinkedHashMap<>();
		metadataFields.forEach((label, field) -> shown.put(label, field.getText()));
		return shown;
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: nothing to save
	}

	@Override
	public void doSaveAs() {
		// read-only: nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
