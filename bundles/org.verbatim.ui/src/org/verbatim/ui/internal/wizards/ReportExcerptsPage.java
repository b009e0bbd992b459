package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.UiThread;
import org.verbatim.ui.internal.excerpts.ExcerptRow;

/**
 * The first page of the Report wizard: the project, and which of its excerpts to quote: all of
 * them, those with one tag, or those checked in the list. The excerpts are read in a job.
 */
public final class ReportExcerptsPage extends WizardPage {

	private final IWorkbench workbench;
	private final IStructuredSelection selection;
	private ProjectChoice project;
	private Button all;
	private Button tagged;
	private Combo tag;
	private Button checked;
	private CheckboxTableViewer table;
	private Label status;
	/** The excerpts of the chosen project, once read; null while reading. */
	private List<Excerpt> excerpts;
	private Optional<String> readProblem = Optional.empty();
	private Job reading;

	ReportExcerptsPage(IWorkbench workbench, IStructuredSelection selection) {
		super("reportExcerpts");
		this.workbench = workbench;
		this.selection = selection;
		setTitle("Report: Excerpts");
		setDescription("Choose the excerpts to quote; each quote is cited with its source and anchors.");
	}

	@Override
	public void createControl(Composite container) {
		Composite page = new Composite(container, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		new Label(page, SWT.NONE).setText("&Project:");
		project = new ProjectChoice(page, selection);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project.combo());
		project.combo().addListener(SWT.Selection, e -> read());

		all = radio(page, "&All excerpts of the project", 2);
		all.addListener(SWT.Selection, e -> validate());
		tagged = radio(page, "Excerpts &tagged", 1);
		tag = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tag);
		tag.addListener(SWT.Selection, e -> choose(tagged));
		tagged.addListener(SWT.Selection, e -> validate());
		checked = radio(page, "The excerpts &checked below", 2);
		checked.addListener(SWT.Selection, e -> validate());
		all.setSelection(true);

		table = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		column("ID", 50, e -> e.id().toString());
		column("Quote", 330, Excerpt::quote);
		column("Statement", 70, e -> e.statement().toString());
		column("Tags", 120, e -> String.join(", ", e.tags()));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addCheckStateListener(e -> choose(checked));
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 160).applyTo(table.getControl());

		status = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		setControl(page);
		read();
	}

	private static Button radio(Composite parent, String text, int span) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
		return button;
	}

	private void column(String title, int width, java.util.function.Function<Excerpt, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Excerpt) element);
			}
		});
	}

	/** Makes {@code way} the way of choosing, as clicking its radio button does. */
	public void choose(Button way) {
		for (Button each : List.of(all, tagged, checked)) {
			each.setSelection(each == way);
		}
		validate();
	}

	private void read() {
		Optional<Path> directory = project.selected();
		excerpts = null;
		readProblem = Optional.empty();
		table.setInput(List.of());
		tag.removeAll();
		if (directory.isEmpty()) {
			validate();
			return;
		}
		status.setText("Reading the excerpts of " + directory.get().getFileName() + "\u2026");
		validate();
		if (reading != null) {
			reading.cancel();
		}
		ProjectStore store = workbench.getService(ProjectStore.class);
		Display display = getShell().getDisplay();
		reading = new Job("Reading the excerpts of " + directory.get().getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Excerpt> read = List.of();
				Optional<String> problem = Optional.empty();
				if (store == null) {
					problem = Optional.of("Excerpts cannot be read because the project store is missing; reinstall Verbatim.");
				} else {
					try (Project opened = store.open(directory.get())) {
						read = opened.excerpts();
					} catch (StoreException e) {
						problem = Optional.of(e.getMessage());
					}
				}
				if (!monitor.isCanceled()) {
					List<Excerpt> result = read;
					Optional<String> why = problem;
					UiThread.later(display, () -> show(directory.get(), result, why));
				}
				return Status.OK_STATUS;
			}
		};
		reading.setSystem(true);
		reading.schedule();
	}

	private void show(Path directory, List<Excerpt> read, Optional<String> problem) {
		if (table.getControl().isDisposed() || !project.selected().equals(Optional.of(directory))) {
			return;
		}
		excerpts = read;
		readProblem = problem;
		table.setInput(read);
		Set<String> tags = new TreeSet<>();
		read.forEach(e -> tags.addAll(e.tags()));
		tag.setItems(tags.toArray(String[]::new));
		if (!tags.isEmpty()) {
			tag.select(0);
		}
		tagged.setEnabled(!tags.isEmpty());
		// excerpts selected in the Excerpts view are the ones to quote
		List<Excerpt> preselected = new ArrayList<>();
		if (selection != null) {
			for (Object element : selection) {
				if (element instanceof ExcerptRow row && row.projectDirectory().equals(directory)) {
					read.stream().filter(e -> e.id().equals(row.excerpt().id())).forEach(preselected::add);
				}
			}
		}
		if (!preselected.isEmpty()) {
			table.setCheckedElements(preselected.toArray());
			choose(checked);
		}
		status.setText(read.size() == 1 ? "1 excerpt" : read.size() + " excerpts");
		validate();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		// while the excerpts are read there is nothing wrong, but nothing to go on with either
		setPageComplete(problem == null && excerpts != null);
	}

	private String problem() {
		if (project.selected().isEmpty()) {
			return ProjectChoice.noProjectSentence();
		}
		if (readProblem.isPresent()) {
			return readProblem.get();
		}
		if (excerpts == null) {
			return null;
		}
		if (excerpts.isEmpty()) {
			return "The project has no excerpts yet; select text in a statement and use Excerpts > Make Excerpt.";
		}
		if (chosen().isEmpty()) {
			return tagged.getSelection() ? "Choose a tag." : "Check the excerpts to quote.";
		}
		return null;
	}

	/** Whether the excerpts of the chosen project have been read. */
	public boolean isRead() {
		return excerpts != null;
	}

	/** The excerpts to quote as chosen now, in id order. */
	public List<ExcerptId> chosen() {
		if (excerpts == null) {
			return List.of();
		}
		if (tagged.getSelection()) {
			String name = tag.getText();
			return excerpts.stream().filter(e -> e.tags().contains(name)).map(Excerpt::id).toList();
		}
		if (checked.getSelection()) {
			return excerpts.stream().filter(table::getChecked).map(Excerpt::id).toList();
		}
		return excerpts.stream().map(Excerpt::id).toList();
	}

	/** The chosen project, once there is one. */
	Optional<Path> projectDirectory() {
		return project.selected();
	}

	/** The project's name as the report's default title. */
	String projectName() {
		return project.selected().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).orElse("");
	}

	/** Chooses the project whose excerpts to quote. */
	public boolean selectProject(Path directory) {
		return project.select(directory);
	}

	/** The radio button "Excerpts tagged", for tests. */
	public Button taggedButton() {
		return tagged;
	}

	/** The tag box, for tests. */
	public Combo tagField() {
		return tag;
	}

	/** The list of excerpts with their check boxes, for tests. */
	public CheckboxTableViewer excerptTable() {
		return table;
	}
}
