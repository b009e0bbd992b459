/**
 * The file importer and its parts: reading bytes, recognising binary files, choosing and checking
 * the encoding, and guessing a headline. Not API; reached through
 * {@link org.verbatim.importer.StatementImporter} as an OSGi service.
 */
package org.verbatim.importer.internal;
