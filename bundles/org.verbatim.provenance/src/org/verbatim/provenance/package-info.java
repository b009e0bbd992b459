/**
 * Provenance in W3C PROV terms: verification of a project against its hash-chained provenance log
 * ({@link org.verbatim.provenance.ProjectVerifier}).
 */
package org.verbatim.provenance;
