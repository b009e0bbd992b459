/**
 * Imports the items of RSS and Atom feeds, an optional plugin.
 */
package org.verbatim.feeds.internal;
