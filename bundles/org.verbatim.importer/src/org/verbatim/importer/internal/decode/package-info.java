/**
 * Turning the bytes of an original into text: choosing the encoding by a fixed, recorded order of
 * rules (byte-order mark, the analyst's option, the HTTP header, the HTML meta tag, valid UTF-8,
 * detection), telling HTML from plain text, and refusing binary files. Not API.
 */
package org.verbatim.importer.internal.decode;
