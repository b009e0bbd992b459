package org.verbatim.ui.internal.preferences;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.importer.ImportOptions;

/**
 * The workbench's preferences, kept in the workspace's instance scope: the analyst's name and the
 * encoding files are decoded with when they carry no byte-order mark.
 */
public final class VerbatimPreferences {

	/** The preference node: the ui bundle's id. */
	public static final String NODE = "org.verbatim.ui";

	/** The analyst's name as provenance records it; empty means the operating system's user. */
	public static final String ANALYST = "analyst";

	/** The encoding of files without a byte-order mark; empty means UTF-8, refusing anything else. */
	public static final String IMPORT_CHARSET = "import.charset";

	/** The analyst the launch named (a {@code -D} option), if any: what a cleared name goes back to. */
	private static final String LAUNCH_ANALYST = System.getProperty(ProvAgent.ANALYST_PROPERTY);

	private VerbatimPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/**
	 * Makes the analyst named in the preferences the one changes are recorded by, through the
	 * property {@link ProvAgent#ANALYST_PROPERTY} that projects read when they are opened; without a
	 * name in the preferences the property is as the launch set it.
	 */
	public static void applyAnalyst() {
		String name = node().get(ANALYST, "").strip();
		if (!name.isEmpty()) {
			System.setProperty(ProvAgent.ANALYST_PROPERTY, name);
		} else if (LAUNCH_ANALYST != null) {
			System.setProperty(ProvAgent.ANALYST_PROPERTY, LAUNCH_ANALYST);
		} else {
			System.clearProperty(ProvAgent.ANALYST_PROPERTY);
		}
	}

	/** The import options the preferences choose. */
	public static ImportOptions importOptions() {
		return new ImportOptions(charset(node().get(IMPORT_CHARSET, "")));
	}

	/** The charset called {@code name}, empty for a blank or unknown name (UTF-8 is then used). */
	static Optional<Charset> charset(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Charset.forName(name.strip()));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty();
		}
	}
}
