/**
 * Reading a statement's metadata out of its text, each value with its evidence: dates in their
 * common forms, datelines, headlines, speakers with role and organisation, publisher, language and
 * the events referred to. Not API.
 */
package org.verbatim.importer.internal.metadata;
