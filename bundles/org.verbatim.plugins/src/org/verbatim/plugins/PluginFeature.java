package org.verbatim.plugins;

/**
 * A feature (an installable plugin) as the installer shows it.
 *
 * @param id        the feature's id without {@code .feature.group}, e.g. {@code org.verbatim.qda.feature}
 * @param version   its version
 * @param name      its label, or the id when it has none
 * @param installed whether the running product has it
 * @param base      whether it is part of the base product (never uninstalled by the installer)
 */
public record PluginFeature(String id, String version, String name, boolean installed, boolean base) {
}
