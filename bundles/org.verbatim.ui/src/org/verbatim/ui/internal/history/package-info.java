/**
 * Undo and Redo of the analyst's changes (excerpts, tags) through the workbench's operation
 * history: each change is an operation whose undoing asks the project store to take it back, so the
 * provenance log keeps both the change and its undoing.
 */
package org.verbatim.ui.internal.history;
