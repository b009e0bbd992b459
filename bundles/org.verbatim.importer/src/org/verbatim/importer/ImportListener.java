package org.verbatim.importer;

/** Hears about each file of an import as soon as it is done, for progress and live reporting. */
@FunctionalInterface
public interface ImportListener {

	/** Listens to nothing. */
	ImportListener NONE = outcome -> {
	};

	/** Called once per file, on the importing thread. */
	void fileDone(FileOutcome outcome);
}
