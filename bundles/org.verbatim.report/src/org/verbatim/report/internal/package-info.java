/** The exporters that ship with Verbatim, and what they share (citations, annotations, JSON). */
package org.verbatim.report.internal;
