/**
 * Fetching web pages for import: one GET with every redirect hop recorded, time and size limits,
 * and a one-line explanation for each way a fetch can fail. Not API.
 */
package org.verbatim.importer.internal.web;
