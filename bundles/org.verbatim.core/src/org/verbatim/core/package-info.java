/**
 * Verbatim's domain model: statements gathered into projects, each statement tied to the archived
 * original it was read from. Core types cross bundle borders; library types never do. This package
 * depends on nothing but the JDK.
 */
package org.verbatim.core;
