/**
 * The public API of the command line: a plugin adds a command (such as {@code verbatim feeds}) by
 * registering a {@link org.verbatim.cli.ContributedCommand} service.
 */
package org.verbatim.cli;
