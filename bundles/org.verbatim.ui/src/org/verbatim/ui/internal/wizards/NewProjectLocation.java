package org.verbatim.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a new project goes: the folder {@code <parent>/<name>}, checked the way the store will
 * take it (missing or empty, and somewhere the analyst can write), so that the wizard can say what
 * is wrong before anything is made.
 */
public final class NewProjectLocation {

	private NewProjectLocation() {
	}

	/**
	 * The project folder for {@code name} in {@code parent} (absolute, normalised), or the one
	 * sentence saying why there is none.
	 */
	public static Result check(String name, String parent) {
		String trimmed = name.strip();
		if (trimmed.isEmpty()) {
			return Result.problem("Enter the project's name.");
		}
		if (trimmed.contains("/") || trimmed.contains("\\") || trimmed.equals(".") || trimmed.equals("..")) {
			return Result.problem("The name '" + trimmed + "' cannot be a folder name; leave out / and \\.");
		}
		if (parent.isBlank()) {
			return Result.problem("Choose the folder to create the project in.");
		}
		Path folder;
		try {
			Path base = Path.of(parent.strip());
			if (!base.isAbsolute()) {
				return Result.problem("The location " + parent.strip() + " is not a full path; choose a folder with Browse.");
			}
			folder = base.resolve(trimmed).normalize();
		} catch (InvalidPathException e) {
			return Result.problem("'" + parent.strip() + "/" + trimmed + "' is not a folder name this system accepts.");
		}
		if (Files.exists(folder)) {
			if (!Files.isDirectory(folder)) {
				return Result.problem(folder + " is a file; choose another name or location.");
			}
			if (!isEmpty(folder)) {
				return Result.problem(folder + " already holds files; choose a new or empty folder.");
			}
			if (!Files.isWritable(folder)) {
				return Result.problem(folder + " is not writable; choose a folder you can write to.");
			}
			return Result.ok(folder);
		}
		Path existing = folder.getParent();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			return Result.problem(folder + " cannot be created; choose another location.");
		}
		if (!Files.isWritable(existing)) {
			return Result.problem(existing + " is not writable, so " + folder
					+ " cannot be created there; choose a folder you can write to.");
		}
		return Result.ok(folder);
	}

	private static boolean isEmpty(Path folder) {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * A checked location.
	 *
	 * @param folder  the project folder, when it can be made
	 * @param problem why it cannot, otherwise
	 */
	public record Result(Optional<Path> folder, Optional<String> problem) {

		static Result ok(Path folder) {
			return new Result(Optional.of(folder), Optional.empty());
		}

		static Result problem(String sentence) {
			return new Result(Optional.empty(), Optional.of(sentence));
		}
	}
}
