/**
 * The Provenance view: the lineage and later history of the selected statement or excerpt, read
 * with the provenance bundle's {@link org.verbatim.provenance.Lineage} and shown as a tree.
 */
package org.verbatim.ui.internal.provenance;
