package org.verbatim.core.prov;

import java.util.Map;
import java.util.Objects;

/**
 * The software that imported a statement, for its provenance.
 *
 * @param importer      the agent that fetched or read and decoded the original (Verbatim's importer
 *                      at its version, or a plugin's source importer that led to the original)
 * @param extractor     the agent that cleaned it and read its metadata (the extractor's bundle at
 *                      its version: Verbatim's own, or a plugin's)
 * @param extractorName which extractor that was, such as its class name
 * @param via           what led to the original, recorded as attributes of the import activity:
 *                      for a page found through a feed, the feed's address and the item's id;
 *                      empty for a source the analyst named directly
 */
public record ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName, Map<String, String> via) {

	public ImportTools {
		Objects.requireNonNull(importer, "importer");
		Objects.requireNonNull(extractor, "extractor");
		Objects.requireNonNull(extractorName, "extractorName");
		via = Map.copyOf(via);
	}

	/** Tools of a source the analyst named directly (nothing led to it). */
	public ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName) {
		this(importer, extractor, extractorName, Map.of());
	}

	/** Verbatim itself, when the caller does not say (tests, statements made by hand). */
	public static ImportTools verbatim() {
		ProvAgent verbatim = ProvAgent.verbatim();
		return new ImportTools(verbatim, verbatim, "unspecified");
	}

	/** These tools with {@code importer} as the importing agent and {@code via} as what led to the original. */
	public ImportTools ledBy(ProvAgent importer, Map<String, String> via) {
		return new ImportTools(importer, extractor, extractorName, via);
	}
}
