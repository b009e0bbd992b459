package org.verbatim.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Flushes files and folder entries to the disk, so a rename survives a power cut. */
final class FileSync {

	private FileSync() {
	}

	static void file(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/**
	 * Flushes a folder's entries. Some platforms (Windows) cannot open a folder this way; there
	 * the rename is as durable as the file system makes it.
	 */
	static void directory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not supported for folders on this platform
		}
	}
}
