/**
 * Window &gt; Preferences: who the analyst is (the name provenance records), how files are decoded
 * on import, and the name variants search treats as one, per project.
 */
package org.verbatim.ui.internal.preferences;
