/**
 * Reports with provenance: a {@link org.verbatim.report.Report} of the analyst's text and quoted
 * excerpts, each quote carrying its full citation and the anchors that let anyone check it against
 * the archived original; {@link org.verbatim.report.ReportExporter} services write it in a format.
 */
package org.verbatim.report;
