package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.internal.web.FetchSettings;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportOptions;

/** Files that cannot be statements: each one gets one clear sentence, and the others go on. */
class ProblemFileImportTest extends ImportIntoNewProject {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	@Test
	void missingPath() throws Exception {
		assertFailed(temp.resolve("no-such-statement.txt"), "does not exist");
	}

	@Test
	void deviceIsNotARegularFile() throws Exception {
		Path devNull = Path.of("/dev/null");
		assumeTrue(Files.exists(devNull));
		assertFailed(devNull, "is not a regular file");
	}

	@Test
	void folderNamedLikeAFileIsWalked() throws Exception {
		Path folder = Files.createDirectory(temp.resolve("statement.txt"));
		Files.writeString(folder.resolve("inner.txt"), "Inside a folder that looks like a file\n");
		FileOutcome outcome = fixture.importOne(folder);
		assertEquals(Kind.IMPORTED, outcome.kind());
		assertEquals(folder.resolve("inner.txt").toString(), outcome.source());
	}

	@Test
	void emptyFile() throws Exception {
		assertFailed(Files.write(temp.resolve("empty.txt"), new byte[0]), "is empty (0 bytes)");
	}

	@Test
	void whiteSpaceOnlyFile() throws Exception {
		assertFailed(Files.writeString(temp.resolve("blank.txt"), " \n\t\r\n\u00a0\u2003\n", UTF_8),
				"is empty (only white space)");
	}

	@Test
	void byteOrderMarkOnlyFile() throws Exception {
		assertFailed(Files.write(temp.resolve("bom.txt"), new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }),
				"is empty (only a byte-order mark)");
	}

	@Test
	void pngImageEvenWithATextExtension() throws Exception {
		assertFailed(Files.write(temp.resolve("photo.txt"), PNG), "is a binary file (PNG image), not a text or HTML page");
	}

	@Test
	void otherKnownBinaryFormats() throws Exception {
		assertFailed(Files.writeString(temp.resolve("a.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n", UTF_8),
				"is a binary file (PDF document), not a text or HTML page");
		assertFailed(Files.write(temp.resolve("a.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }),
				"is a binary file (JPEG image), not a text or HTML page");
		assertFailed(Files.writeString(temp.resolve("a.gif"), "GIF89a....", UTF_8),
				"is a binary file (GIF image), not a text or HTML page");
		assertFailed(Files.write(temp.resolve("a.docx"), new byte[] { 'P', 'K', 3, 4, 20, 0 }),
				"is a binary file (ZIP archive or office document), not a text or HTML page");
		assertFailed(Files.write(temp.resolve("a.gz"), new byte[] { 0x1F, (byte) 0x8B, 8, 0 }),
				"is a binary file (gzip archive), not a text or HTML page");
	}

	@Test
	void unknownBinaryWithNulBytes() throws Exception {
		byte[] bytes = "ELF-ish header then text".getBytes(UTF_8);
		bytes[3] = 0;
		assertFailed(Files.write(temp.resolve("program.txt"), bytes), "is a binary file, not a text or HTML page");
	}

	@Test
	void manyControlCharactersAreBinaryButAStrayOneIsNot() throws Exception {
		StringBuilder noisy = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			noisy.append("ab\u0001\u0002");
		}
		assertFailed(Files.writeString(temp.resolve("noisy.txt"), noisy, UTF_8),
				"is a binary file, not a text or HTML page");
		Path stray = Files.writeString(temp.resolve("stray.txt"),
				"An old statement with a stray control character \u0007 in a long line of ordinary words.\n"
						+ "Second line of the statement, long enough to make the stray one rare.\u001a",
				UTF_8);
		assertEquals(Kind.IMPORTED, fixture.importOne(stray).kind());
	}

	@Test
	void unreadableFileWhenNotRoot() throws Exception {
		Path secret = Files.writeString(temp.resolve("secret.txt"), "You may not read this\n");
		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
		try {
			assumeFalse(Files.isReadable(secret), "running as root: file permissions do not stop reading");
			assertFailed(secret, "cannot be read (permission denied)");
		} finally {
			Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void readErrorFromTheOperatingSystem() throws Exception {
		// a regular file whose first read fails with EIO: this process's memory at address 0
		Path mem = Path.of("/proc/self/mem");
		assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
		FileOutcome outcome = fixture.importOne(mem);
		assertEquals(Kind.FAILED, outcome.kind());
		assertTrue(outcome.message().startsWith("cannot be read ("), outcome.message());
		assertEquals(1, outcome.message().lines().count());
		assertTrue(fixture.project.statements().isEmpty());
	}

	@Test
	void fileLargerThanTheLimit() throws Exception {
		try (ImportFixture small = new ImportFixture(temp.resolve("small"),
				new StatementImportPipeline(1024, FetchSettings.defaults()).withBuiltIns())) {
			Path big = Files.writeString(temp.resolve("big.txt"), "Words ".repeat(1000));
			FileOutcome outcome = small.importOne(big);
			assertEquals(Kind.FAILED, outcome.kind());
			assertEquals("is too large (6000 bytes); originals of up to 1024 bytes are imported",
					outcome.message());
			Path fits = Files.writeString(temp.resolve("fits.txt"), "x".repeat(1024));
			assertEquals(Kind.IMPORTED, small.importOne(fits).kind());
		}
	}

	@Test
	void fileNamedExplicitlyIsTriedWhateverItsExtension() throws Exception {
		Path json = Files.writeString(temp.resolve("statement.json"), "{\"text\": \"Quoted statement\"}\n");
		assertEquals(Kind.IMPORTED, fixture.importOne(json).kind());
	}

	@Test
	void folderWalkSkipsHiddenFilesSilentlyAndOtherTypesWithAReason() throws Exception {
		Path folder = Files.createDirectory(temp.resolve("inbox"));
		Files.writeString(folder.resolve("b.TXT"), "Second statement by name order\n");
		Files.writeString(folder.resolve("a.text"), "First statement by name order\n");
		Files.writeString(folder.resolve(".hidden.txt"), "never seen\n");
		Files.createDirectory(folder.resolve(".git"));
		Files.writeString(folder.resolve(".git").resolve("config.txt"), "never seen either\n");
		Files.writeString(folder.resolve("README"), "no extension\n");
		Files.write(folder.resolve("photo.png"), PNG);
		Path sub = Files.createDirectory(folder.resolve("c-sub"));
		Files.writeString(sub.resolve("nested.txt"), "Nested statement\n");
		List<FileOutcome> outcomes = fixture.importAll(ImportOptions.defaults(), folder);
		assertEquals(List.of("README: SKIPPED not a supported file type (no extension); name it explicitly to import it anyway",
				"a.text: IMPORTED ", "b.TXT: IMPORTED ", "nested.txt: IMPORTED ",
				"photo.png: SKIPPED not a supported file type (.png); name it explicitly to import it anyway"),
				outcomes.stream().map(o -> Path.of(o.source()).getFileName() + ": " + o.kind() + " " + o.message()).toList());
	}

	@Test
	void aMixOfGoodAndBadFilesImportsAllGoodOnesAndExplainsEachBadOne() throws Exception {
		Path good1 = Files.writeString(temp.resolve("good1.txt"), "First good statement\n");
		Path missing = temp.resolve("missing.txt");
		Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
		Path png = Files.write(temp.resolve("image.txt"), PNG);
		Path latin = Files.write(temp.resolve("latin.txt"), "Caf\u00e9 statement\n".getBytes("windows-1252"));
		Path good2 = Files.writeString(temp.resolve("good2.txt"), "Second good statement\n");
		List<FileOutcome> outcomes = fixture.importAll(ImportOptions.defaults(), good1, missing, empty, png, latin,
				good2);
		assertEquals(List.of(Kind.IMPORTED, Kind.FAILED, Kind.FAILED, Kind.FAILED, Kind.IMPORTED, Kind.IMPORTED),
				outcomes.stream().map(FileOutcome::kind).toList(), "the windows-1252 file is detected and imported");
		assertEquals(List.of(missing + ": does not exist", empty + ": is empty (0 bytes)",
				png + ": is a binary file (PNG image), not a text or HTML page"),
				outcomes.stream().filter(o -> o.kind() == Kind.FAILED).map(FileOutcome::problemLine).toList());
		assertEquals(List.of("S1", "S2", "S3"),
				fixture.project.statements().stream().map(s -> s.id().toString()).toList());
		assertTrue(outcomes.stream().allMatch(o -> o.message().lines().count() <= 1));
	}

	private void assertFailed(Path path, String message) throws Exception {
		FileOutcome outcome = fixture.importOne(path);
		assertEquals(Kind.FAILED, outcome.kind(), outcome.toString());
		assertEquals(message, outcome.message());
		assertEquals(Optional.empty(), outcome.statement());
		assertEquals(path + ": " + message, outcome.problemLine());
		assertTrue(fixture.project.statements().isEmpty());
	}
}
