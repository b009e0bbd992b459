package org.verbatim.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.verbatim.core.ExcerptId;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportService;
import org.verbatim.report.ReportTemplate;

/**
 * The second page of the Report wizard: title, introduction, template, format (every exporter the
 * {@link ReportService} has, so a plugin's format appears by itself, with its description), the
 * report file and the optional evidence bundle.
 */
public final class ReportFormatPage extends WizardPage {

	private static final String FORMAT = "format";
	private static final String TEMPLATE = "template";
	private static final String FOLDER = "folder";
	private static final String[] TEMPLATE_HELP = { "one section, the quotes in the order chosen",
			"a section per speaker (or publisher), by issued date", "a section per year of issue, by date" };

	private final ReportService reports;
	private final IDialogSettings settings;
	private Text title;
	private Text intro;
	private Combo template;
	private Label templateHelp;
	private Table formats;
	private Text output;
	private Button replace;
	private Button evidence;
	private Text bundle;
	private final Supplier<String> projectName;
	private String defaultTitle = "";

	ReportFormatPage(ReportService reports, IDialogSettings settings, Supplier<String> projectName) {
		super("reportFormat");
		this.reports = reports;
		this.settings = settings;
		this.projectName = projectName;
		setTitle("Report: Format and File");
		setDescription("HTML reports are one self-contained file; the bibliography formats cite the statements.");
	}

	@Override
	public void createControl(Composite container) {
		Composite page = new Composite(container, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&Title:");
		title = new Text(page, SWT.BORDER | SWT.SINGLE);
		title.setMessage("the project's name");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);

		Label introLabel = new Label(page, SWT.NONE);
		introLabel.setText("&Introduction:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(introLabel);
		intro = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		intro.setMessage("optional; printed before the quotes");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, 40).applyTo(intro);

		new Label(page, SWT.NONE).setText("Te&mplate:");
		template = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (ReportTemplate each : ReportTemplate.values()) {
			template.add(each.id());
		}
		template.select(Math.max(0, template.indexOf(String.valueOf(settings.get(TEMPLATE)))));
		templateHelp = new Label(page, SWT.NONE);
		// not grabbing: the second column (the fields) takes the width
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(templateHelp);
		template.addListener(SWT.Selection, e -> validate());

		Label formatLabel = new Label(page, SWT.NONE);
		formatLabel.setText("&Format:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatLabel);
		formats = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		formats.setHeaderVisible(true);
		new TableColumn(formats, SWT.NONE).setText("Format");
		new TableColumn(formats, SWT.NONE).setText("What it is");
		for (String format : reports.formats()) {
			TableItem item = new TableItem(formats, SWT.NONE);
			item.setText(new String[] { format, reports.exporter(format).map(ReportExporter::description).orElse("") });
			item.setData(format);
		}
		for (TableColumn column : formats.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, 130).applyTo(formats);
		formats.addListener(SWT.Selection, e -> formatChanged());

		new Label(page, SWT.NONE).setText("&Report file:");
		output = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse\u2026");
		browse.addListener(SWT.Selection, e -> browse());
		output.addListener(SWT.Modify, e -> validate());

		new Label(page, SWT.NONE);
		replace = new Button(page, SWT.CHECK);
		replace.setText("Re&place the files if they exist");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(replace);
		replace.addListener(SWT.Selection, e -> validate());

		evidence = new Button(page, SWT.CHECK);
		evidence.setText("&Evidence bundle:");
		evidence.setToolTipText("Also write the cited originals, the quotes' annotations and their provenance records "
				+ "as a ZIP, so that the report can be verified without the project");
		bundle = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bundle);
		evidence.addListener(SWT.Selection, e -> validate());
		bundle.addListener(SWT.Modify, e -> validate());

		int remembered = -1;
		for (int i = 0; i < formats.getItemCount(); i++) {
			if (formats.getItem(i).getData().equals(settings.get(FORMAT))
					|| remembered < 0 && formats.getItem(i).getData().equals("html")) {
				remembered = i;
			}
		}
		if (remembered >= 0) {
			formats.select(remembered);
		}
		formatChanged();
		validate();
		setErrorMessage(null);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			useProject(projectName.get());
		}
		super.setVisible(visible);
	}

	/** Sets the title and file name a report of {@code projectName} starts with. */
	private void useProject(String projectName) {
		defaultTitle = projectName;
		title.setMessage(projectName);
		if (output.getText().isBlank()) {
			String folder = settings.get(FOLDER) != null ? settings.get(FOLDER) : System.getProperty("user.home");
			output.setText(Path.of(folder, fileName(projectName) + "-report." + extension()).toString());
		}
	}

	private static String fileName(String projectName) {
		String name = projectName.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
		return name.isEmpty() ? "verbatim" : name;
	}

	private String extension() {
		return selectedFormat().flatMap(reports::exporter).map(ReportExporter::fileExtension).orElse("html");
	}

	private void formatChanged() {
		// keep the file name, give it the format's extension
		String text = output.getText().strip();
		if (!text.isEmpty()) {
			int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
			int dot = text.lastIndexOf('.');
			String stem = dot > slash ? text.substring(0, dot) : text;
			output.setText(stem + "." + extension());
		}
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Report File");
		dialog.setFilterExtensions(new String[] { "*." + extension(), "*" });
		try {
			Path current = Path.of(output.getText().strip());
			if (current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
			}
			if (current.getFileName() != null) {
				dialog.setFileName(current.getFileName().toString());
			}
		} catch (InvalidPathException e) {
			// start the dialog where it likes
		}
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}

	private void validate() {
		int index = template.getSelectionIndex();
		templateHelp.setText(index >= 0 && index < TEMPLATE_HELP.length ? TEMPLATE_HELP[index] : "");
		bundle.setEnabled(evidence.getSelection());
		if (evidence.getSelection() && bundle.getText().isBlank() && !output.getText().isBlank()) {
			String text = output.getText().strip();
			int dot = text.lastIndexOf('.');
			bundle.setText((dot > Math.max(text.lastIndexOf('/'), 0) ? text.substring(0, dot) : text) + "-evidence.zip");
		}
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (selectedFormat().isEmpty()) {
			return formats.getItemCount() == 0 ? "No report format is installed; reinstall Verbatim." : "Choose a format.";
		}
		Optional<String> reportProblem = fileProblem("report file", output.getText());
		if (reportProblem.isPresent()) {
			return reportProblem.get();
		}
		if (evidence.getSelection()) {
			Optional<String> bundleProblem = fileProblem("evidence bundle", bundle.getText());
			if (bundleProblem.isPresent()) {
				return bundleProblem.get();
			}
			if (path(bundle.getText()).equals(path(output.getText()))) {
				return "The evidence bundle and the report need different files.";
			}
		}
		return null;
	}

	private Optional<String> fileProblem(String what, String text) {
		if (text.isBlank()) {
			return Optional.of("Name the " + what + ".");
		}
		Path file = path(text);
		if (file == null || !file.isAbsolute()) {
			return Optional.of("The " + what + " '" + text.strip() + "' is not a full file path; use Browse.");
		}
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			return Optional.of("The folder of the " + what + ", " + file.getParent() + ", does not exist; create it or choose another.");
		}
		if (Files.isDirectory(file)) {
			return Optional.of(file + " is a folder; name the " + what + "'s file.");
		}
		if (Files.exists(file) && !replace.getSelection()) {
			return Optional.of(file + " exists; choose another file or tick 'Replace the files if they exist'.");
		}
		return Optional.empty();
	}

	private static Path path(String text) {
		try {
			return Path.of(text.strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private Optional<String> selectedFormat() {
		int index = formats.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of((String) formats.getItem(index).getData());
	}

	/** The format, template and files as chosen now, for the given excerpts. */
	ReportRequest request(Path project, List<ExcerptId> excerpts) {
		String chosenTitle = title.getText().isBlank() ? defaultTitle : title.getText().strip();
		Optional<String> introduction = intro.getText().isBlank() ? Optional.empty() : Optional.of(intro.getText().strip());
		return new ReportRequest(project, excerpts, ReportTemplate.byId(template.getText()).orElse(ReportTemplate.BRIEFING),
				chosenTitle, introduction, selectedFormat().orElseThrow(), path(output.getText()),
				evidence.getSelection() ? Optional.of(path(bundle.getText())) : Optional.empty(), replace.getSelection());
	}

	/** Remembers the format, template and folder for the next report. */
	void remember() {
		selectedFormat().ifPresent(f -> settings.put(FORMAT, f));
		settings.put(TEMPLATE, template.getText());
		Path file = path(output.getText());
		if (file != null && file.getParent() != null) {
			settings.put(FOLDER, file.getParent().toString());
		}
	}

	/** The formats offered, in the table's order, for tests. */
	public List<String> offeredFormats() {
		return Arrays.stream(formats.getItems()).map(i -> (String) i.getData()).toList();
	}

	/** Chooses {@code format} as a click on its row does. */
	public void chooseFormat(String format) {
		int index = offeredFormats().indexOf(format);
		formats.select(index);
		formats.notifyListeners(SWT.Selection, null);
	}

	/** The report file field, for tests. */
	public Text outputField() {
		return output;
	}

	/** The title field, for tests. */
	public Text titleField() {
		return title;
	}

	/** The template box, for tests. */
	public Combo templateField() {
		return template;
	}
}
