/** {@code verbatim bench report}: how long reports of many quotes take to export and to verify. */
package org.verbatim.report.internal.bench;
