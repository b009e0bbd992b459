package org.verbatim.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns file-system failures into the short reason analysts read in a one-line message. */
public final class IoFailures {

	private IoFailures() {
	}

	/**
	 * The operating system's reason for {@code e}, such as "Permission denied", without the path
	 * (the message that uses it names the file itself).
	 */
	public static String reason(IOException e) {
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		String message = e.getMessage();
		return message == null || message.isBlank() || e instanceof FileSystemException
				? e.getClass().getSimpleName()
				: message;
	}
}
