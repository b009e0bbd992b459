/**
 * The workbench parts behind {@link org.verbatim.ui.VerbatimParts}: the Project Explorer view and
 * the Statement editor, and the jobs that read projects for them off the UI thread.
 */
package org.verbatim.ui.internal;
