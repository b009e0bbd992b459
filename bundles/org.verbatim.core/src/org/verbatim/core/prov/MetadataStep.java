package org.verbatim.core.prov;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One metadata extractor's turn in an import, after the document extractor: which plugin (or
 * built-in) ran, which fields it added or corrected, and, when it failed, why (the import went on
 * without it).
 *
 * @param agent   the extractor's bundle at its version
 * @param name    which extractor, such as its class name
 * @param fields  the metadata fields it added or changed, such as {@code issued}; empty when none
 * @param problem one sentence when it failed and was skipped
 */
public record MetadataStep(ProvAgent agent, String name, List<String> fields, Optional<String> problem) {

	public MetadataStep {
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(name, "name");
		fields = List.copyOf(fields);
		Objects.requireNonNull(problem, "problem");
	}
}
