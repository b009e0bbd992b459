/**
 * Exports excerpts as a REFI-QDA project for qualitative-analysis tools, an optional plugin.
 */
package org.verbatim.qda.internal;
