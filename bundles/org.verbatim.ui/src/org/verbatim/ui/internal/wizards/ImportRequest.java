package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.verbatim.importer.ImportOptions;

/**
 * What the Import wizard hands to its job.
 *
 * @param project the project folder to import into
 * @param sources files, folders and URLs, in the order the analyst gave them
 * @param options how to decode
 */
record ImportRequest(Path project, List<String> sources, ImportOptions options) {

	ImportRequest {
		Objects.requireNonNull(project, "project");
		sources = List.copyOf(sources);
		Objects.requireNonNull(options, "options");
	}
}
