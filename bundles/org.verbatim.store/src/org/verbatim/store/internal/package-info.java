/**
 * The embedded project store: one SQLite database per project folder plus a content-addressed
 * archive of original bytes. Nothing here is API; it is reached through
 * {@link org.verbatim.core.store.ProjectStore} as an OSGi service.
 */
package org.verbatim.store.internal;
