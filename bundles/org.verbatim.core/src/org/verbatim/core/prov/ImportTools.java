package org.verbatim.core.prov;

import java.util.Objects;

/**
 * The software that imported a statement, for its provenance.
 *
 * @param importer  the agent that fetched or read and decoded the original (Verbatim's importer at
 *                  its version)
 * @param extractor the agent that cleaned it and read its metadata (the extractor's bundle at its
 *                  version: Verbatim's own, or a plugin's)
 * @param extractorName which extractor that was, such as its class name
 */
public record ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName) {

	public ImportTools {
		Objects.requireNonNull(importer, "importer");
		Objects.requireNonNull(extractor, "extractor");
		Objects.requireNonNull(extractorName, "extractorName");
	}

	/** Verbatim itself, when the caller does not say (tests, statements made by hand). */
	public static ImportTools verbatim() {
		ProvAgent verbatim = ProvAgent.verbatim();
		return new ImportTools(verbatim, verbatim, "unspecified");
	}
}
