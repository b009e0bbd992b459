/**
 * Provenance records in W3C PROV terms, as the project store keeps them: one {@link ProvRecord} per
 * change, hash-chained to the one before. Export, lineage and verification live in the provenance
 * bundle; the model is here because the store writes a change and its record in one transaction.
 */
package org.verbatim.core.prov;
