package org.verbatim.ui.internal.wizards;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.verbatim.importer.ImportOptions;
import org.verbatim.ui.internal.preferences.VerbatimPreferences;

/**
 * The page of the Import wizard: the project to import into, the files and folders, the web pages
 * (one URL a line), and the encoding to read originals with when they do not declare one.
 */
public final class ImportSourcesPage extends WizardPage {

	/** The charset entry that leaves decoding to the importer. */
	static final String AUTOMATIC = "Automatic (byte-order mark, declaration, else UTF-8)";
	private static final String[] CHARSETS = { AUTOMATIC, "UTF-8", "windows-1252", "ISO-8859-1", "windows-1251",
			"KOI8-R", "ISO-8859-9", "windows-1254", "UTF-16", "GB18030", "Shift_JIS", "EUC-KR" };

	private final IStructuredSelection selection;
	private ProjectChoice project;
	private org.eclipse.swt.widgets.List paths;
	private Text urls;
	private Combo charset;

	ImportSourcesPage(IStructuredSelection selection) {
		super("importSources");
		this.selection = selection;
		setTitle("Import Statements");
		setDescription("Each original is archived byte for byte, decoded, cleaned and read for its metadata.");
	}

	@Override
	public void createControl(Composite container) {
		Composite page = new Composite(container, SWT.NONE);
		// labels, the fields (which take the width), the list's buttons
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&Project:");
		project = new ProjectChoice(page, selection);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project.combo());
		project.combo().addListener(SWT.Selection, e -> validate());

		Label filesLabel = new Label(page, SWT.NONE);
		filesLabel.setText("&Files and folders (text, HTML, ZIP; folders are walked):");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(filesLabel);
		paths = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 90).applyTo(paths);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Add F&iles\u2026", this::addFiles);
		button(buttons, "Add F&older\u2026", this::addFolder);
		button(buttons, "&Remove", () -> {
			paths.remove(paths.getSelectionIndices());
			validate();
		});

		Label urlsLabel = new Label(page, SWT.NONE);
		urlsLabel.setText("&Web pages (one http:// or https:// URL a line):");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(urlsLabel);
		urls = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(420, 60).applyTo(urls);
		urls.addListener(SWT.Modify, e -> validate());

		new Label(page, SWT.NONE).setText("&Encoding:");
		charset = new Combo(page, SWT.DROP_DOWN);
		charset.setItems(CHARSETS);
		charset.select(0);
		// the encoding Window > Preferences > Verbatim names, when it names one
		VerbatimPreferences.importOptions().charset().ifPresent(preferred -> charset.setText(preferred.name()));
		charset.setToolTipText("For originals without a byte-order mark: the encoding to decode them with instead "
				+ "of what they declare (e.g. windows-1252 for old Western pages)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(charset);
		charset.addListener(SWT.Modify, e -> validate());
		charset.addListener(SWT.Selection, e -> validate());

		validate();
		if (!project.selected().isPresent()) {
			setErrorMessage(ProjectChoice.noProjectSentence());
		} else {
			// an empty list is no mistake yet
			setErrorMessage(null);
		}
		setControl(page);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Statements to Import");
		dialog.setFilterExtensions(new String[] { "*.txt;*.text;*.html;*.htm;*.xhtml;*.zip", "*" });
		dialog.setFilterNames(new String[] { "Text, HTML and ZIP files", "All files" });
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addPaths(chosen);
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder to Import");
		dialog.setMessage("Its text, HTML and ZIP files are imported, in every subfolder too");
		String chosen = dialog.open();
		if (chosen != null) {
			addPaths(List.of(Path.of(chosen)));
		}
	}

	/** Adds files or folders to the list, as the Add buttons do (and a drop will). */
	public void addPaths(List<Path> chosen) {
		for (Path path : chosen) {
			String name = path.toAbsolutePath().normalize().toString();
			if (paths.indexOf(name) < 0) {
				paths.add(name);
			}
		}
		validate();
	}

	/** Chooses the project to import into; returns whether it is one of the workspace's. */
	public boolean selectProject(Path directory) {
		return project.select(directory);
	}

	/** The field of web page addresses, for tests that type into it. */
	public Text urlsField() {
		return urls;
	}

	/** The encoding box, for tests that type into it. */
	public Combo charsetField() {
		return charset;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** What keeps the page from being complete, as one sentence, or null. */
	private String problem() {
		if (project.selected().isEmpty()) {
			return ProjectChoice.noProjectSentence();
		}
		for (String path : paths.getItems()) {
			if (!Files.exists(Path.of(path))) {
				return path + " does not exist (any more); remove it from the list.";
			}
		}
		List<String> web;
		try {
			web = ImportSources.urls(urls.getText());
			ImportSources.charset(charset.getText());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		if (paths.getItemCount() == 0 && web.isEmpty()) {
			return "Add the files or folders to import, or type the web pages' addresses.";
		}
		return null;
	}

	/** What to import, once the page is complete. */
	ImportRequest request() {
		List<String> sources = new ArrayList<>(List.of(paths.getItems()));
		sources.addAll(ImportSources.urls(urls.getText()));
		Optional<Charset> chosen = ImportSources.charset(charset.getText());
		return new ImportRequest(project.selected().orElseThrow(), sources, new ImportOptions(chosen));
	}
}
