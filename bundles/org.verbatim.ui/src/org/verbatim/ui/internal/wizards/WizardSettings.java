package org.verbatim.ui.internal.wizards;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** Where the wizards remember the analyst's last choices (kept in the workspace). */
final class WizardSettings {

	private WizardSettings() {
	}

	/** The section {@code name} of the ui bundle's dialog settings. */
	static IDialogSettings section(String name) {
		return DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(WizardSettings.class)).getDialogSettings(),
				name);
	}
}
