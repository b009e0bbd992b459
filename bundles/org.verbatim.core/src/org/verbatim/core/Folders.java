package org.verbatim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Whole folders: how much disk they take, and removing the temporary ones benchmarks make. */
public final class Folders {

	private Folders() {
	}

	/**
	 * The sum of the sizes of the regular files below {@code folder}; 0 for a folder that does not
	 * exist or cannot be read. A file that vanishes while it is counted counts as 0: the figure is
	 * informative, never a reason to fail the command that prints it.
	 */
	public static long bytes(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(Folders::sizeOrZero).sum();
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

	/** Deletes {@code root} and everything below it; nothing happens when it does not exist. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
