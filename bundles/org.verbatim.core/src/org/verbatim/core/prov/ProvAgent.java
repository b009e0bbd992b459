package org.verbatim.core.prov;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone or something that bears responsibility for an activity: the analyst, Verbatim at its
 * version, or a plugin at its version.
 *
 * @param id      the agent's id in the project's records, such as {@code agent/analyst/jdoe}
 * @param kind    {@link #ANALYST} or {@link #SOFTWARE}
 * @param name    the analyst's name, or the software's name (a bundle's symbolic name)
 * @param version the software's version; empty for an analyst
 */
public record ProvAgent(String id, String kind, String name, Optional<String> version) {

	/** A person working on the project (a PROV {@code prov:Person}). */
	public static final String ANALYST = "analyst";

	/** Verbatim or a plugin at a version (a PROV {@code prov:SoftwareAgent}). */
	public static final String SOFTWARE = "software";

	/** The system property that names the analyst; see {@link #currentAnalyst()}. */
	public static final String ANALYST_PROPERTY = "verbatim.analyst";

	public ProvAgent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
	}

	/** The analyst called {@code name}. */
	public static ProvAgent analyst(String name) {
		String shown = name.isBlank() ? "unknown" : name.strip();
		return new ProvAgent("agent/analyst/" + ProvIds.segment(shown), ANALYST, shown, Optional.empty());
	}

	/** Software {@code name} (a bundle's symbolic name) at {@code version}. */
	public static ProvAgent software(String name, String version) {
		return new ProvAgent("agent/software/" + ProvIds.segment(name) + "/" + ProvIds.segment(version), SOFTWARE,
				name, Optional.of(version));
	}

	/** Verbatim itself: its core bundle at its version. */
	public static ProvAgent verbatim() {
		return softwareOf(ProvAgent.class);
	}

	/**
	 * The bundle {@code type} comes from, at its version (Verbatim's own bundles and plugins alike),
	 * or {@code org.verbatim} at version {@code unknown} outside OSGi when no manifest names it.
	 */
	public static ProvAgent softwareOf(Class<?> type) {
		return SoftwareManifests.agentOf(type);
	}

	/**
	 * The analyst working now: the system property {@value #ANALYST_PROPERTY}, else the environment
	 * variable {@code VERBATIM_ANALYST}, else the operating system's user name.
	 */
	public static ProvAgent currentAnalyst() {
		String name = System.getProperty(ANALYST_PROPERTY);
		if (name == null || name.isBlank()) {
			name = System.getenv("VERBATIM_ANALYST");
		}
		if (name == null || name.isBlank()) {
			name = System.getProperty("user.name", "unknown");
		}
		return analyst(name);
	}
}
