/**
 * What the workbench's Properties view shows of a selected statement or excerpt: read-only
 * property sources, given through an adapter factory registered in plugin.xml.
 */
package org.verbatim.ui.internal.properties;
