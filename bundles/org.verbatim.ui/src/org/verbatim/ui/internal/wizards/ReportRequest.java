package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.ExcerptId;
import org.verbatim.report.ReportTemplate;

/**
 * What the Report wizard hands to its preview and its export job: the same options as
 * {@code verbatim report}.
 *
 * @param project   the project folder
 * @param excerpts  the excerpts to quote, in order
 * @param template  how to arrange them
 * @param title     the report's title
 * @param intro     the analyst's introduction, if any
 * @param format    the exporter's format name
 * @param target    the report file
 * @param bundle    the evidence bundle to write beside it, if wanted
 * @param overwrite whether existing files may be replaced
 */
record ReportRequest(Path project, List<ExcerptId> excerpts, ReportTemplate template, String title,
		Optional<String> intro, String format, Path target, Optional<Path> bundle, boolean overwrite) {

	ReportRequest {
		Objects.requireNonNull(project, "project");
		excerpts = List.copyOf(excerpts);
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(intro, "intro");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(bundle, "bundle");
	}
}
