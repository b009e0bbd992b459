/**
 * Excerpts in the workbench: the Make Excerpt command on the Statement editor's text, the
 * highlighting of a statement's excerpts, and the Excerpts and Tags view with its tag filter.
 */
package org.verbatim.ui.internal.excerpts;
