/**
 * Main-text extraction from HTML pages: furniture removal, choosing the article block by text and
 * link density, a clean text whose every character maps back into the decoded page, and metadata
 * read from the markup. Not API; reached through {@link org.verbatim.importer.DocumentExtractor} as
 * an OSGi service.
 */
package org.verbatim.importer.internal.html;
