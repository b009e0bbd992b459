/**
 * The Verbatim workbench UI's API: the ids of its views and editors, and the list of projects the
 * workbench shows. Everything else lives in {@code org.verbatim.ui.internal}.
 */
package org.verbatim.ui;
