package org.verbatim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How much disk a folder's files take, for the figures that commands and benchmarks print. */
public final class FolderSize {

	private FolderSize() {
	}

	/**
	 * The sum of the sizes of the regular files below {@code folder}; 0 for a folder that does not
	 * exist or cannot be read. A file that vanishes while it is counted counts as 0: the figure is
	 * informative, never a reason to fail the command that prints it.
	 */
	public static long bytes(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(FolderSize::sizeOrZero).sum();
		} catch (IOException | UncheckedIOException e) {
			return 0;
		}
	}

	private static long sizeOrZero(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}
}
