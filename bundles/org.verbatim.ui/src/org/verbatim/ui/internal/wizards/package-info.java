/**
 * The wizards of the workbench: File &gt; New &gt; Verbatim Project, File &gt; Import… &gt; Verbatim
 * &gt; Statements (run as a job, with a summary of what failed and why) and File &gt; Export… &gt;
 * Verbatim &gt; Report (excerpts, template, format, preview).
 */
package org.verbatim.ui.internal.wizards;
