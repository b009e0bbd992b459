package org.verbatim.ui.internal.preferences;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.verbatim.ui.internal.plugins.PluginTrust;

/**
 * Preferences &gt; Verbatim &gt; Plugins: what installing does with a plugin that is unsigned or signed
 * by a key the product does not trust. Stored for the whole installation (configuration scope), where
 * the command line's {@code verbatim plugins install} reads it too.
 */
public final class PluginsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page the workbench creates from plugin.xml. */
	public PluginsPreferencePage() {
		super(GRID);
		ScopedPreferenceStore store = new ScopedPreferenceStore(ConfigurationScope.INSTANCE, PluginTrust.NODE);
		store.setDefault(PluginTrust.KEY, PluginTrust.REFUSE.value());
		setPreferenceStore(store);
		setDescription("Plugins installed with Help > Install New Software (or 'verbatim plugins install') are checked"
				+ " for a signature by a key this installation trusts. A changed plugin file is always refused.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to look up: the field reads the preference store
	}

	@Override
	protected void createFieldEditors() {
		String[][] choices = Arrays.stream(PluginTrust.values())
				.map(trust -> new String[] { trust.label(), trust.value() }).toArray(String[][]::new);
		addField(new RadioGroupFieldEditor(PluginTrust.KEY, "&Unsigned or unknown-key plugins:", 1, choices,
				getFieldEditorParent(), true));
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		try {
			// written at once: an install started right after OK must see the choice
			((ScopedPreferenceStore) getPreferenceStore()).save();
			return true;
		} catch (IOException e) {
			ILog.of(PluginsPreferencePage.class).error("Could not save the plugin trust preference", e);
			setErrorMessage("The choice could not be saved in the installation's configuration folder: " + e.getMessage());
			return false;
		}
	}
}
