package org.verbatim.core.prov;

import java.util.List;
import java.util.Objects;

import org.verbatim.core.ExcerptId;

/**
 * A report written to a file, for its provenance record.
 *
 * @param file     where it was written
 * @param format   its format, such as {@code html}
 * @param title    its title
 * @param sha256   SHA-256 of the file's bytes
 * @param size     the file's size in bytes
 * @param quoted   the excerpts it quotes, in order
 * @param exporter the software that wrote it (the exporter's bundle at its version)
 */
public record ReportExport(String file, String format, String title, String sha256, long size, List<ExcerptId> quoted,
		ProvAgent exporter) {

	public ReportExport {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(sha256, "sha256");
		quoted = List.copyOf(quoted);
		Objects.requireNonNull(exporter, "exporter");
	}
}
