/**
 * The Timeline view: a project's statements along time, by issue date or by event.
 */
package org.verbatim.ui.internal.timeline;
