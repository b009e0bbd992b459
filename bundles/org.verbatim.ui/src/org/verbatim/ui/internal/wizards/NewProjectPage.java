package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the New Project wizard: the project's name and the folder it goes in. */
public final class NewProjectPage extends WizardPage {

	private final String initialParent;
	private Text name;
	private Text parent;
	private Label folderLine;
	private Optional<Path> folder = Optional.empty();

	NewProjectPage(String initialParent) {
		super("newProject");
		this.initialParent = initialParent;
		setTitle("New Verbatim Project");
		setDescription("A project keeps statements, their archived originals, excerpts and provenance in one folder.");
	}

	@Override
	public void createControl(Composite container) {
		Composite page = new Composite(container, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&Name:");
		name = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

		new Label(page, SWT.NONE).setText("&Location:");
		parent = new Text(page, SWT.BORDER | SWT.SINGLE);
		parent.setText(initialParent);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(parent);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse\u2026");
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText("Folder:");
		folderLine = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(folderLine);

		name.addListener(SWT.Modify, e -> validate());
		parent.addListener(SWT.Modify, e -> validate());
		validate();
		// nothing typed yet is no mistake: say what to do instead of showing an error
		setErrorMessage(null);
		setControl(page);
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Location of the New Project");
		dialog.setMessage("Choose the folder to create the project folder in");
		dialog.setFilterPath(parent.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			parent.setText(chosen);
		}
	}

	private void validate() {
		NewProjectLocation.Result result = NewProjectLocation.check(name.getText(), parent.getText());
		folder = result.folder();
		folderLine.setText(folder.map(Path::toString).orElse("\u2014"));
		setErrorMessage(result.problem().orElse(null));
		setPageComplete(folder.isPresent());
	}

	/** The project folder to make, once the page is complete. */
	Optional<Path> folder() {
		return folder;
	}

	/** The folder the project folder goes in, as typed (remembered for the next project). */
	String parentText() {
		return parent.getText().strip();
	}

	/** The name field, for tests that type into it. */
	public Text nameField() {
		return name;
	}

	/** The location field, for tests that type into it. */
	public Text locationField() {
		return parent;
	}
}
