package org.verbatim.importer;

/**
 * Hears about an import as it goes, for progress and live reporting, and may ask it to stop. All
 * calls come on the importing thread.
 */
public interface ImportListener {

	/** Listens to nothing and never cancels. */
	ImportListener NONE = outcome -> {
	};

	/**
	 * Called once, before the first file, with the number of files the import will go through
	 * (folders already walked).
	 */
	default void planned(int files) {
	}

	/** Called once per file as soon as it is done. */
	void fileDone(FileOutcome outcome);

	/**
	 * Asked between files: when it answers {@code true} the import stops after the file in hand.
	 * What was imported stays imported (each file is its own transaction); importing the same
	 * paths again finishes the rest.
	 */
	default boolean cancelRequested() {
		return false;
	}
}
