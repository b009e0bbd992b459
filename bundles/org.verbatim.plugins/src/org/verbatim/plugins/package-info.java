/**
 * Installing extra Verbatim plugins (features of a p2 update site) into the running product, with
 * the trust checks of {@link org.verbatim.plugins.PluginInstaller}: what is installed beyond the base
 * product, what a site offers, install and uninstall.
 */
package org.verbatim.plugins;
