/**
 * The headless command line, {@code verbatim COMMAND ...}: for scripts, checks and CI. Every command
 * takes {@code --help} and {@code --json}; exit status 0 means done, 1 bad input (one line on
 * standard error naming the file and the problem), 2 a usage error.
 */
package org.verbatim.cli.internal;
