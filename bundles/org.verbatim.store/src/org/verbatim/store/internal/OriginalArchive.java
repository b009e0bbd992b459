package org.verbatim.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.verbatim.core.IoFailures;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Sha256;
import org.verbatim.core.store.StoreException;

/**
 * The project's original bytes, one file per distinct content at
 * {@code originals/<first two hex digits>/<sha256>}. A file appears complete or not at all
 * (written to a temporary name, flushed to disk, then renamed) and is never changed afterwards.
 */
final class OriginalArchive {

	private static final System.Logger LOG = System.getLogger(OriginalArchive.class.getName());

	/** How many originals {@link #recent} remembers: more than an import reads ahead. */
	private static final int RECENT = 256;

	private final Path root;

	/**
	 * Originals this archive wrote or checked lately. An import archives an original as soon as it
	 * is read and adds its statement a few files later; remembering them spares reading and hashing
	 * every original twice, and the bound keeps memory flat however long the import.
	 */
	private final Map<OriginalRef, Boolean> recent = Collections.synchronizedMap(new LinkedHashMap<>(RECENT, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<OriginalRef, Boolean> eldest) {
			return size() > RECENT;
		}
	});

	OriginalArchive(Path root) {
		this.root = root;
	}

	/** Where the bytes with this hash live. */
	Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/**
	 * Makes sure the archive holds {@code bytes} under {@code ref}; bytes already there are not
	 * written again. A file already there with other content is the remains of an interrupted
	 * write or damage; it is replaced by the bytes that do have its name, which restores rather
	 * than changes it. Safe to call from several threads: each writes its own temporary file and
	 * the renames put the same content in place.
	 */
	void store(OriginalRef ref, byte[] bytes) throws StoreException {
		if (recent.containsKey(ref)) {
			return;
		}
		Path target = pathOf(ref.sha256());
		if (holds(target, ref)) {
			recent.put(ref, Boolean.TRUE);
			return;
		}
		Path temp = target.resolveSibling(".tmp-" + ref.sha256() + "-" + UUID.randomUUID());
		try {
			Files.createDirectories(target.getParent());
			try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			moveAtomically(temp, target);
			FileSync.directory(target.getParent());
			recent.put(ref, Boolean.TRUE);
		} catch (IOException e) {
			deleteQuietly(temp);
			throw new StoreException("Could not archive the original bytes in " + root + " ("
					+ IoFailures.reason(e) + "): check free space and the folder's permissions", e);
		}
	}

	/** The archived bytes, checked against their hash. */
	byte[] read(OriginalRef ref) throws StoreException {
		Path file = pathOf(ref.sha256());
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new StoreException("The archived original " + file
					+ " is missing: restore the project folder from a backup", e);
		} catch (IOException e) {
			throw new StoreException(
					"The archived original " + file + " cannot be read (" + IoFailures.reason(e) + ")", e);
		}
		String actual = Sha256.hex(bytes);
		if (bytes.length != ref.size() || !actual.equals(ref.sha256())) {
			throw new StoreException("The archived original " + file
					+ " is damaged (its bytes no longer have the SHA-256 they were stored under; now " + actual
					+ ", " + bytes.length + " bytes): restore the project folder from a backup; Verbatim has not changed it");
		}
		return bytes;
	}

	/** Whether the archive holds exactly the bytes {@code ref} names. */
	boolean holds(OriginalRef ref) {
		return holds(pathOf(ref.sha256()), ref);
	}

	private static boolean holds(Path file, OriginalRef ref) {
		try {
			if (!Files.isRegularFile(file)) {
				return false;
			}
			if (Files.size(file) == ref.size() && Sha256.hex(Files.readAllBytes(file)).equals(ref.sha256())) {
				return true;
			}
			LOG.log(Level.WARNING, "replacing {0}: its content does not match its name (an interrupted import?)",
					file);
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	private static void moveAtomically(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			LOG.log(Level.DEBUG, "could not delete " + file, e);
		}
	}
}
