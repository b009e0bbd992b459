/**
 * The Verbatim workbench application: start-up (including the sample project on first start), the
 * window, the Research perspective and the menus.
 */
package org.verbatim.app.internal;
