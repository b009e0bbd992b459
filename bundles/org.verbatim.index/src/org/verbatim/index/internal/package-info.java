/** The index bundle's services: the shared registry of open indexes that follows store changes. */
package org.verbatim.index.internal;
