package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;

/**
 * A wizard as the workbench makes it from its extension, in a wizard dialog that does not block
 * the test, driven through its buttons as an analyst clicks them.
 */
final class WizardDriver {

	static final Duration TIMEOUT = Duration.ofSeconds(90);

	final WizardDialog dialog;

	private WizardDriver(WizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Makes the wizard {@code id} of {@code registry}, initialised with {@code selection}, and opens it. */
	static WizardDriver open(IWizardRegistry registry, String id, IStructuredSelection selection) throws Exception {
		IWizardDescriptor descriptor = registry.findWizard(id);
		assertNotNull(descriptor, "the wizard " + id + " is registered");
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(workbench, selection);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return new WizardDriver(dialog);
	}

	IWizard wizard() {
		return dialog.getCurrentPage().getWizard();
	}

	/** Whether the button labelled {@code label} (such as {@code &Finish}) can be clicked. */
	boolean enabled(String label) {
		return button(label).isEnabled();
	}

	/** Clicks the button labelled {@code label}, which must be enabled. */
	void click(String label) {
		Button button = button(label);
		assertTrue(button.isEnabled(), label + " is enabled; the page says: " + dialog.getCurrentPage().getErrorMessage());
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Waits until the dialog has closed. */
	void awaitClosed() {
		UiWait.until("the wizard to close", TIMEOUT, () -> dialog.getShell() == null || dialog.getShell().isDisposed() ? this : null,
				() -> String.valueOf(dialog.getCurrentPage().getErrorMessage()));
	}

	private Button button(String label) {
		Button found = find(dialog.getShell(), label);
		assertNotNull(found, "the wizard has a button " + label);
		return found;
	}

	private static Button find(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
