package org.verbatim.report;

/** A report could not be made or written; the message is one line naming what and what to do. */
public final class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}
}
