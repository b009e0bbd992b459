package org.verbatim.ui.internal.preferences;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.verbatim.core.prov.ProvAgent;

/**
 * Preferences &gt; Verbatim: the analyst's name, which every excerpt, tag and edit is recorded
 * with, and the encoding files without a byte-order mark are decoded with on import.
 */
public final class VerbatimPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The encodings offered besides UTF-8: those analysts meet in older statements and archives. */
	private static final List<String> ENCODINGS = List.of("windows-1252", "ISO-8859-1", "ISO-8859-2", "windows-1251",
			"KOI8-R", "windows-1254", "ISO-8859-9", "windows-1256", "UTF-16");

	/** The page the workbench creates from plugin.xml. */
	public VerbatimPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, VerbatimPreferences.NODE));
		setDescription("Who you are in the provenance log, and how imported files are read.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to look up: the fields read the preference store
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor analyst = new StringFieldEditor(VerbatimPreferences.ANALYST, "&Analyst name:",
				getFieldEditorParent());
		analyst.getTextControl(getFieldEditorParent()).setMessage(ProvAgent.currentAnalyst().name());
		analyst.getTextControl(getFieldEditorParent()).setToolTipText(
				"Recorded as the person behind every excerpt, tag, edit and import from now on; empty: the operating system's user name.");
		addField(analyst);
		List<String[]> encodings = new ArrayList<>();
		encodings.add(new String[] { "UTF-8 (a file that is not valid UTF-8 is refused)", "" });
		for (String name : ENCODINGS) {
			if (Charset.isSupported(name)) {
				encodings.add(new String[] { name, name });
			}
		}
		addField(new ComboFieldEditor(VerbatimPreferences.IMPORT_CHARSET,
				"&Encoding of files without a byte-order mark:", encodings.toArray(String[][]::new),
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		VerbatimPreferences.applyAnalyst();
		return ok;
	}
}
