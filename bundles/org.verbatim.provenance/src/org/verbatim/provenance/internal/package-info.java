/** The verifier's checks, not API. */
package org.verbatim.provenance.internal;
