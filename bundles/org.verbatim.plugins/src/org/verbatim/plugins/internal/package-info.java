/** How the plugin installer checks artifacts and talks to p2; not API. */
package org.verbatim.plugins.internal;
