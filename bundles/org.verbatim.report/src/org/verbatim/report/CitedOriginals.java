package org.verbatim.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * Where a report's verification finds the archived originals it cites: a project, or an evidence
 * bundle (a ZIP exported beside the report, for readers without the project).
 */
@FunctionalInterface
public interface CitedOriginals {

	/**
	 * The bytes of the original with this SHA-256, or empty when it is not there.
	 *
	 * @throws ReportException when it is there but cannot be read, or its bytes have another hash
	 */
	Optional<byte[]> bytes(String sha256) throws ReportException;

	/** The originals archived in {@code project}. */
	static CitedOriginals of(Project project) {
		return sha256 -> {
			try {
				Optional<Statement> statement = project.statementWithOriginal(sha256);
				return statement.isEmpty() ? Optional.empty()
						: Optional.of(project.readOriginal(statement.get().original()));
			} catch (StoreException e) {
				throw new ReportException(e.getMessage());
			}
		};
	}

	/**
	 * The originals in the evidence bundle {@code zip} (entries {@code originals/<sha256>}), read
	 * into memory once.
	 *
	 * @throws ReportException when the file is not a readable ZIP
	 */
	static CitedOriginals ofBundle(Path zip) throws ReportException {
		Map<String, byte[]> originals = new HashMap<>();
		boolean annotations = false;
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry e; (e = entries.getNextEntry()) != null;) {
				annotations |= e.getName().equals("annotations.json");
				if (!e.isDirectory() && e.getName().startsWith(EvidenceBundle.ORIGINALS)) {
					originals.put(e.getName().substring(EvidenceBundle.ORIGINALS.length()),
							entries.readNBytes(EvidenceBundle.MOST_BYTES + 1));
				}
			}
		} catch (ZipException e) {
			throw new ReportException(zip + ": is not an evidence bundle (not a readable ZIP: " + e.getMessage() + ")");
		} catch (IOException e) {
			throw new ReportException(zip + ": could not be read (" + e.getMessage() + ")");
		}
		if (!annotations) {
			throw new ReportException(zip + ": is not an evidence bundle (it has no annotations.json); write one with "
					+ "'verbatim report --bundle'");
		}
		return sha256 -> {
			byte[] bytes = originals.get(sha256);
			if (bytes == null) {
				return Optional.empty();
			}
			if (!Sha256.hex(bytes).equals(sha256)) {
				throw new ReportException("the bundle's original " + sha256 + " has other bytes (SHA-256 "
						+ Sha256.hex(bytes) + ")");
			}
			return Optional.of(bytes);
		};
	}
}
