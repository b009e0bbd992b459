/**
 * Provenance in W3C PROV terms: the hash-chained activity log, lineage and PROV export. Empty until
 * the provenance issue fills it; the bundle exists so that dependencies already point the right way.
 */
package org.verbatim.provenance;
