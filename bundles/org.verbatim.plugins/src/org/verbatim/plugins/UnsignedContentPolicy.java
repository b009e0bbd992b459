package org.verbatim.plugins;

import java.util.Locale;
import java.util.Optional;

/**
 * What to do with plugin content that is unsigned or signed by a key Verbatim does not trust. Read
 * from the preference {@value #PREFERENCE_KEY} of the node {@value #PREFERENCE_NODE} in the
 * configuration scope (the workbench's plugin preference page writes it). Tampered content (bytes
 * that do not match their checksum or signature) is refused whatever the policy.
 */
public enum UnsignedContentPolicy {
	/** Refuse it unless the user confirmed explicitly ({@code --allow-unsigned}). The default. */
	REFUSE,
	/** Ask the user (a terminal prompt, a dialog); without anyone to ask, refuse. */
	ASK,
	/** Install it. */
	ALLOW;

	/** The preference node. */
	public static final String PREFERENCE_NODE = "org.verbatim.plugins";

	/** The preference key; its values are {@code refuse}, {@code ask} and {@code allow}. */
	public static final String PREFERENCE_KEY = "unsigned.content";

	/** The value stored in the preference. */
	public String preferenceValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The policy a preference value names, if it names one. */
	public static Optional<UnsignedContentPolicy> fromPreferenceValue(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (UnsignedContentPolicy policy : values()) {
			if (policy.preferenceValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(policy);
			}
		}
		return Optional.empty();
	}
}
