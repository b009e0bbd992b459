/** Help &gt; User Guide: the guide that ships inside the ui bundle, shown in a view. */
package org.verbatim.ui.internal.help;
