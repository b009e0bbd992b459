/** {@code verbatim bench verify}: a generated project to time verification on; not API. */
package org.verbatim.provenance.internal.bench;
