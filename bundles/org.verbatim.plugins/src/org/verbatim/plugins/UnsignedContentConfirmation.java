package org.verbatim.plugins;

import java.util.List;

/** Asks the user whether to install content that is unsigned or signed by an untrusted key. */
@FunctionalInterface
public interface UnsignedContentConfirmation {

	/** Nobody to ask: the answer is no. */
	UnsignedContentConfirmation NOBODY = untrusted -> false;

	/**
	 * Whether to install anyway.
	 *
	 * @param untrusted the artifacts that are unsigned or signed by an untrusted key (never tampered ones)
	 */
	boolean confirm(List<ArtifactTrust> untrusted);
}
