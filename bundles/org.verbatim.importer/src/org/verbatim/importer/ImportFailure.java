package org.verbatim.importer;

/**
 * An original could not be read. The message is one line for the analyst: the source, then the
 * problem, such as {@code page.html: is a binary file (PDF document), not a text or HTML page}.
 */
public class ImportFailure extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportFailure(String message) {
		super(message, null, false, false);
	}
}
