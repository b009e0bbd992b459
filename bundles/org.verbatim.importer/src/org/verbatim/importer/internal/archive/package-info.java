/**
 * Reading ZIP archives for import without trusting them: entry paths that lead outside the
 * archive are refused, and the number of entries, their expanded size and their compression ratio
 * are limited while the bytes are read. Nothing is written to disk. Not API.
 */
package org.verbatim.importer.internal.archive;
