package org.verbatim.core.prov;

import java.util.List;
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
 * @param metadataSteps the metadata extractors that ran after the extractor, in the order they ran
 */
public record ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName, Map<String, String> via,
		List<MetadataStep> metadataSteps) {

	public ImportTools {
		Objects.requireNonNull(importer, "importer");
		Objects.requireNonNull(extractor, "extractor");
		Objects.requireNonNull(extractorName, "extractorName");
		via = Map.copyOf(via);
		metadataSteps = List.copyOf(metadataSteps);
	}

	/** Tools without metadata extractors. */
	public ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName, Map<String, String> via) {
		this(importer, extractor, extractorName, via, List.of());
	}

	/** Tools of a source the analyst named directly (nothing led to it). */
	public ImportTools(ProvAgent importer, ProvAgent extractor, String extractorName) {
		this(importer, extractor, extractorName, Map.of(), List.of());
	}

	/** Verbatim itself, when the caller does not say (tests, statements made by hand). */
	public static ImportTools verbatim() {
		ProvAgent verbatim = ProvAgent.verbatim();
		return new ImportTools(verbatim, verbatim, "unspecified");
	}

	/** These tools with {@code importer} as the importing agent and {@code via} as what led to the original. */
	public ImportTools ledBy(ProvAgent importer, Map<String, String> via) {
		return new ImportTools(importer, extractor, extractorName, via, metadataSteps);
	}

	/** These tools with {@code steps} as the metadata extractors that ran. */
	public ImportTools withMetadataSteps(List<MetadataStep> steps) {
		return new ImportTools(importer, extractor, extractorName, via, steps);
	}
}
