package org.verbatim.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report in one format. Exporters are OSGi services, so a plugin can add a format; the
 * {@link ReportService} picks one by {@link #format()}.
 */
public interface ReportExporter {

	/** The format's name on the command line, such as {@code html}. */
	String format();

	/** The usual file name extension, without the dot. */
	String fileExtension();

	/** One line saying what the format is for. */
	String description();

	/**
	 * Writes {@code report} to {@code out} (not closed). Statement text is always written as text:
	 * markup in a quote never becomes markup in the report, and nothing remote is referenced.
	 */
	void write(Report report, OutputStream out) throws IOException;
}
