package org.verbatim.ui.internal.plugins;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.ConfigurationScope;

/**
 * What an install does with plugin content that is unsigned or signed by a key the product does not
 * trust. Kept in the configuration scope (node {@value #NODE}, key {@value #KEY}), so the workbench
 * and the command line of one installation follow the same choice.
 */
public enum PluginTrust {
	/** Unsigned or unknown-key content is not installed (the default). */
	REFUSE("refuse", "&Refuse"),
	/** p2's trust dialog asks the analyst, artifact by artifact. */
	ASK("ask", "&Ask for confirmation"),
	/** Unsigned and unknown-key content is installed without asking. */
	ALLOW("allow", "A&llow");

	/** The preference node in {@link ConfigurationScope}. */
	public static final String NODE = "org.verbatim.plugins";
	/** The key whose value is one of {@link #value()}. */
	public static final String KEY = "unsigned.content";

	private final String value;
	private final String label;

	PluginTrust(String value, String label) {
		this.value = value;
		this.label = label;
	}

	/** The stored value: {@code refuse}, {@code ask} or {@code allow}. */
	public String value() {
		return value;
	}

	/** The label of the choice on the preference page. */
	public String label() {
		return label;
	}

	/** The policy a stored value names; anything unknown or missing is {@link #REFUSE}, the safe side. */
	public static PluginTrust of(String stored) {
		if (stored != null) {
			String wanted = stored.trim().toLowerCase(Locale.ROOT);
			for (PluginTrust trust : values()) {
				if (trust.value.equals(wanted)) {
					return trust;
				}
			}
		}
		return REFUSE;
	}

	/** The policy this installation is set to now. */
	public static PluginTrust current() {
		return of(ConfigurationScope.INSTANCE.getNode(NODE).get(KEY, REFUSE.value));
	}
}
