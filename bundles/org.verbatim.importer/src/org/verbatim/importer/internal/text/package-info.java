/**
 * Cleaning plain text scraped from web pages: page furniture is left out line by line, each
 * removal with its rule, and an offset map leads every clean character back to the original. Not
 * API; reached as a {@link org.verbatim.importer.DocumentExtractor} service.
 */
package org.verbatim.importer.internal.text;
