package org.verbatim.importer.internal.dedup;

/**
 * One document of the near-duplicate evaluation set.
 *
 * @param id      unique within the set
 * @param baseId  the real article it was made from; documents with the same base are duplicates
 * @param site    the web site (host) of the base article, or {@code seeds}
 * @param heldOut whether it belongs to the held-out part (never used to choose parameters)
 * @param recipe  what was done to the base text, e.g. {@code original} or
 *                {@code nav+teasers+typos+truncated}
 * @param text    the document's clean text
 */
public record LabelledText(String id, String baseId, String site, boolean heldOut, String recipe, String text) {
}
