package org.verbatim.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An update site as the user names it: a folder, a {@code file:} URL, a zip of a site (a path, or
 * {@code jar:file:/...zip!/}), or an http(s) URL. Nothing is fetched but what the user names.
 *
 * @param given    what the user typed, for messages
 * @param kind     what it is
 * @param location the folder or zip file ({@code file:} URI), or the http(s) URL
 */
public record PluginSite(String given, Kind kind, URI location) {

	/** The forms of a site. */
	public enum Kind {
		/** A folder holding a p2 repository. */
		FOLDER,
		/** A zip archive of a p2 repository. */
		ZIP,
		/** A remote site the user named by URL. */
		REMOTE
	}

	/**
	 * Reads a site argument.
	 *
	 * @param given     a folder, {@code file:} URL, zip path, {@code jar:file:...!/} or http(s) URL
	 * @param directory the folder relative paths are resolved against
	 * @throws PluginException naming the argument and what to give instead
	 */
	public static PluginSite parse(String given, Path directory) throws PluginException {
		String spec = given.strip();
		if (spec.isEmpty()) {
			throw new PluginException("no update site given; name a folder, a file: URL or a .zip of a p2 update site");
		}
		String lower = spec.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			try {
				return new PluginSite(given, Kind.REMOTE, new URI(spec));
			} catch (URISyntaxException e) {
				throw new PluginException("update site " + given + " is not a valid URL (" + e.getReason() + ")");
			}
		}
		Path path;
		if (lower.startsWith("jar:file:")) {
			int bang = spec.indexOf("!/");
			if (bang < 0 || bang + 2 != spec.length()) {
				throw new PluginException("update site " + given
						+ " must end in !/ (the site is the whole zip: jar:file:/path/site.zip!/)");
			}
			path = fileUrlPath(given, spec.substring("jar:".length(), bang));
		} else if (lower.startsWith("file:")) {
			path = fileUrlPath(given, spec);
		} else if (lower.matches("^[a-z][a-z0-9+.\\-]*://.*")) {
			throw new PluginException("update site " + given
					+ " uses a scheme Verbatim does not fetch from; give a folder, a file: URL, a .zip or an http(s) URL");
		} else {
			path = directory.resolve(spec);
		}
		path = path.toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return new PluginSite(given, Kind.FOLDER, path.toUri());
		}
		if (Files.isRegularFile(path)) {
			if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				throw new PluginException("update site " + given
						+ " is a file but not a .zip; give the site's folder or a zip of it");
			}
			return new PluginSite(given, Kind.ZIP, path.toUri());
		}
		throw new PluginException("update site " + given + " does not exist; give the folder or .zip of a p2 update site"
				+ " (the build makes one in releng/org.verbatim.repository/target/repository)");
	}

	private static Path fileUrlPath(String given, String fileUrl) throws PluginException {
		try {
			return Path.of(new URI(fileUrl));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new PluginException("update site " + given + " is not a valid file: URL; write it as file:/absolute/path");
		}
	}

	/**
	 * Where p2 loads the site from. A zip is unpacked into {@code scratch} first (entries that would
	 * land outside it are refused), so p2 reads plain files.
	 */
	URI repositoryLocation(Path scratch) throws PluginException {
		if (kind != Kind.ZIP) {
			return location;
		}
		Path zip = Path.of(location);
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			ZipEntry entry;
			int count = 0;
			while ((entry = entries.getNextEntry()) != null) {
				Path target = scratch.resolve(entry.getName()).normalize();
				if (!target.startsWith(scratch)) {
					throw new PluginException("update site " + given + " has an entry outside the archive ("
							+ entry.getName() + "); refusing it");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
					count++;
				}
			}
			if (count == 0) {
				throw new PluginException("update site " + given + " is an empty or unreadable zip; give a zip of a p2 update site");
			}
		} catch (IOException e) {
			throw new PluginException("update site " + given + " could not be read as a zip (" + e.getMessage()
					+ "); give a zip of a p2 update site", e);
		}
		return scratch.toUri();
	}

	/** Deletes a scratch folder made by {@link #repositoryLocation}. */
	static void deleteScratch(Path scratch) {
		try (Stream<Path> paths = Files.walk(scratch)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless
		}
	}
}
