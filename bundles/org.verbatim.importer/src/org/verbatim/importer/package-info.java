/**
 * The import pipeline's API: read files (and, later, web pages and archives), archive each
 * original byte for byte, decode and clean it, and add the resulting statements to a project.
 */
package org.verbatim.importer;
