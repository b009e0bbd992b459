/**
 * Installing plugins from the workbench: the trust policy for unsigned or unknown-key plugins that
 * Help &gt; Install New Software (the p2 UI) honours, and the installed plugins About lists.
 */
package org.verbatim.ui.internal.plugins;
