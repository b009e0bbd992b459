/**
 * Reports whose every quote carries its provenance, and their exporters. Empty until the report
 * issue fills it.
 */
package org.verbatim.report;
