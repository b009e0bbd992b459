/**
 * The project store API: how projects are created, opened and changed. The embedded
 * implementation lives in {@code org.verbatim.store} and is found as an OSGi service.
 */
package org.verbatim.core.store;
