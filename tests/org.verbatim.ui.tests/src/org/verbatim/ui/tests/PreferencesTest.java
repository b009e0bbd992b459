package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.preferences.VerbatimPreferences;

/**
 * Window &gt; Preferences as the analyst uses it: the analyst's name typed on the Verbatim page is
 * who changes are recorded by after OK, the encoding chosen there is what imports decode with, and
 * the Aliases page lists a project's name variants and adds a group to the project.
 */
class PreferencesTest {

	private PreferenceDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	private PreferenceDialog open(String pageId) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void analystNameAndEncodingAreWhatChangesAndImportsUse() {
		String before = ProvAgent.currentAnalyst().name();
		open("org.verbatim.ui.preferences");
		Composite page = (Composite) ((IPreferencePage) dialog.getSelectedPage()).getControl();
		Text analyst = widgets(page, Text.class).get(0);
		Combo encoding = widgets(page, Combo.class).get(0);
		assertEquals(before, analyst.getMessage(), "the field shows who is recorded now");
		analyst.setText("Leyla Mammadova");
		int latin1 = Arrays.asList(encoding.getItems()).indexOf("ISO-8859-1");
		assertTrue(latin1 > 0, Arrays.toString(encoding.getItems()));
		encoding.select(latin1);
		encoding.notifyListeners(SWT.Selection, null);
		press(dialog.getShell(), "Apply and Close");
		try {
			assertEquals("Leyla Mammadova", ProvAgent.currentAnalyst().name());
			assertEquals(Optional.of(StandardCharsets.ISO_8859_1), VerbatimPreferences.importOptions().charset());
		} finally {
			// back to the defaults for the other tests
			open("org.verbatim.ui.preferences");
			press(dialog.getShell(), "Restore Defaults");
			press(dialog.getShell(), "Apply and Close");
		}
		assertEquals(before, ProvAgent.currentAnalyst().name());
		assertEquals(Optional.empty(), VerbatimPreferences.importOptions().charset());
	}

	@Test
	void aliasesPageListsAProjectsGroupsAndAddsOne() throws Exception {
		SampleProjectInExplorer.ofActivePage().awaitProject();
		Path sample = new ProjectList().projects().get(0);
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		List<List<String>> before;
		try (Project project = store.open(sample)) {
			before = project.aliasGroups();
		}
		open("org.verbatim.ui.preferences.aliases");
		Composite page = (Composite) ((IPreferencePage) dialog.getSelectedPage()).getControl();
		org.eclipse.swt.widgets.List groups = widgets(page, org.eclipse.swt.widgets.List.class).get(0);
		UiWait.until("the page to read the sample project's aliases", SampleProjectInExplorer.TIMEOUT,
				() -> groups.getItemCount() > 0 && !groups.getItem(0).endsWith("\u2026") ? groups : null,
				() -> Arrays.toString(groups.getItems()));

		// the Add Group dialog is modal: answer it once it is up
		Display display = page.getDisplay();
		String group = "Gandja" + System.nanoTime() + ", Ganja" + System.nanoTime();
		display.timerExec(300, new Runnable() {

			@Override
			public void run() {
				Shell input = display.getActiveShell();
				if (input == null || !"Add Aliases".equals(input.getText())) {
					display.timerExec(100, this);
					return;
				}
				widgets(input, Text.class).get(0).setText(group);
				press(input, "OK");
			}
		});
		press(dialog.getShell(), "Add Group\u2026");
		List<String> spellings = Arrays.stream(group.split(",")).map(String::strip).toList();
		UiWait.until("the new group to be listed", SampleProjectInExplorer.TIMEOUT,
				() -> Arrays.asList(groups.getItems()).contains(String.join(" = ", spellings)) ? groups : null,
				() -> Arrays.toString(groups.getItems()));
		try (Project project = store.open(sample)) {
			assertEquals(before.size() + 1, project.aliasGroups().size());
			assertEquals(spellings, project.aliasGroups().get(before.size()));
		}
	}

	private static void press(Shell shell, String label) {
		Button button = widgets(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
		assertInstanceOf(Button.class, button);
		button.notifyListeners(SWT.Selection, null);
	}

	private static <T extends Control> List<T> widgets(Composite parent, Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(widgets(composite, type));
			}
		}
		return found;
	}
}
