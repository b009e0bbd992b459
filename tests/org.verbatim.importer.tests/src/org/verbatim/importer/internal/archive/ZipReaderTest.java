package org.verbatim.importer.internal.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipReaderTest {

	@TempDir
	Path temp;

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static List<ArchiveItem> readAll(byte[] archive, ArchiveLimits limits) throws ArchiveProblem {
		List<ArchiveItem> items = new ArrayList<>();
		try (ZipReader reader = ZipReader.open(new ByteArrayInputStream(archive), limits)) {
			for (Optional<ArchiveItem> item = reader.next(); item.isPresent(); item = reader.next()) {
				items.add(item.get());
			}
		}
		return items;
	}

	private static String problem(byte[] archive, ArchiveLimits limits) {
		return assertThrows(ArchiveProblem.class, () -> readAll(archive, limits)).getMessage();
	}

	private static byte[] random(int length, long seed) {
		byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	@Test
	void normalArchiveGivesItsFilesInOrderWithTheirBytes() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("statements/", new byte[0]);
		entries.put("statements/khojaly.html", "<html><body>Khojaly, 26 February</body></html>".getBytes(UTF_8));
		entries.put("statements/black-january.txt", "Black January\n\n20 January 1990".getBytes(UTF_8));
		entries.put("readme.txt", "Café “quotes”".getBytes(UTF_8));
		Path file = Files.write(temp.resolve("statements.zip"), zip(entries));
		List<ArchiveItem> items = new ArrayList<>();
		try (ZipReader reader = ZipReader.open(file, ArchiveLimits.defaults())) {
			for (Optional<ArchiveItem> item = reader.next(); item.isPresent(); item = reader.next()) {
				items.add(item.get());
			}
			assertEquals(4, reader.entriesSeen());
		}
		assertEquals(List.of("statements/khojaly.html", "statements/black-january.txt", "readme.txt"),
				items.stream().map(ArchiveItem::name).toList());
		for (ArchiveItem item : items) {
			assertArrayEquals(entries.get(item.name()), assertInstanceOf(ArchiveItem.Entry.class, item).bytes());
		}
	}

	@Test
	void zipSlipEntriesAreRefusedByNameAndTheRestIsRead() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("../evil.txt", "x".getBytes(UTF_8));
		entries.put("/etc/passwd", "x".getBytes(UTF_8));
		entries.put("C:/Windows/win.ini", "x".getBytes(UTF_8));
		entries.put("docs/../../up.txt", "x".getBytes(UTF_8));
		entries.put("..\\windows-style.txt", "x".getBytes(UTF_8));
		entries.put("good.txt", "kept".getBytes(UTF_8));
		List<ArchiveItem> items = readAll(zip(entries), ArchiveLimits.defaults());
		assertEquals(List.of(
				new ArchiveItem.Refused("../evil.txt",
						"entry ../evil.txt is refused: its path leads outside the archive (zip slip); it was not read"),
				new ArchiveItem.Refused("/etc/passwd",
						"entry /etc/passwd is refused: its path is absolute (zip slip); it was not read"),
				new ArchiveItem.Refused("C:/Windows/win.ini",
						"entry C:/Windows/win.ini is refused: its path starts with a drive letter (zip slip); it was not read"),
				new ArchiveItem.Refused("docs/../../up.txt",
						"entry docs/../../up.txt is refused: its path leads outside the archive (zip slip); it was not read"),
				new ArchiveItem.Refused("../windows-style.txt",
						"entry ../windows-style.txt is refused: its path leads outside the archive (zip slip); it was not read")),
				items.subList(0, 5));
		assertEquals("good.txt", items.get(5).name());
		assertInstanceOf(ArchiveItem.Entry.class, items.get(5));
		assertEquals(6, items.size());
	}

	@Test
	void zipBombIsStoppedEarly() throws Exception {
		// 200 MiB of zeros deflate to about 200 KiB: a ratio of about 1000
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("first.txt"));
			out.write("harmless".getBytes(UTF_8));
			out.putNextEntry(new ZipEntry("zeros.html"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		long start = System.nanoTime();
		List<ArchiveItem> before = new ArrayList<>();
		ArchiveProblem problem;
		try (ZipReader reader = ZipReader.open(new ByteArrayInputStream(bytes.toByteArray()),
				ArchiveLimits.defaults())) {
			before.add(reader.next().orElseThrow());
			problem = assertThrows(ArchiveProblem.class, reader::next);
			assertTrue(reader.bytesExpanded() < 4L * 1024 * 1024, "stopped after " + reader.bytesExpanded());
		}
		assertEquals("entry zeros.html expands more than 100 times its compressed size, like a zip bomb; "
				+ "the archive was not read further", problem.getMessage());
		assertEquals("first.txt", before.get(0).name());
		assertTrue(System.nanoTime() - start < 2_000_000_000L, "stopped quickly");
	}

	@Test
	void bombBehindARefusedNameIsStillCaught() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("__MACOSX/._zeros"));
			out.write(new byte[8 * 1024 * 1024]);
		}
		assertEquals("entry __MACOSX/._zeros expands more than 100 times its compressed size, like a zip bomb; "
				+ "the archive was not read further", problem(bytes.toByteArray(), ArchiveLimits.defaults()));
	}

	@Test
	void totalExpansionIsLimited() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 4; i++) {
			entries.put("part" + i + ".txt", random(1024 * 1024, i));
		}
		ArchiveLimits limits = new ArchiveLimits(100, 3L * 1024 * 1024, 64L * 1024 * 1024, 100, 1024 * 1024);
		assertEquals("expands to more than 3 MiB, the limit for one archive (at entry part3.txt); "
				+ "it was not read further", problem(zip(entries), limits));
	}

	@Test
	void entryCountIsLimited() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			entries.put("s" + i + ".txt", "x".getBytes(UTF_8));
		}
		ArchiveLimits limits = new ArchiveLimits(5, 1024, 1024, 100, 1024);
		assertEquals("has more than 5 entries, the limit for one archive; split it into smaller ones",
				problem(zip(entries), limits));
	}

	@Test
	void entryLargerThanTheFileLimitIsRefusedAndTheNextOneRead() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("big.txt", random(3 * 1024 * 1024, 1));
		entries.put("small.txt", "small".getBytes(UTF_8));
		ArchiveLimits limits = new ArchiveLimits(100, 64L * 1024 * 1024, 2L * 1024 * 1024, 100, 1024 * 1024);
		List<ArchiveItem> items = readAll(zip(entries), limits);
		assertEquals(new ArchiveItem.Refused("big.txt",
				"entry big.txt is refused: it is larger than 2 MiB, the limit for one file"), items.get(0));
		assertEquals("small.txt", items.get(1).name());
	}

	@Test
	void nestedArchivesAreSkippedNotExpanded() throws Exception {
		byte[] inner = zip(Map.of("inside.txt", "inside".getBytes(UTF_8)));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("inner.zip", inner);
		entries.put("disguised.dat", inner);
		entries.put("text.txt", "text".getBytes(UTF_8));
		List<ArchiveItem> items = readAll(zip(entries), ArchiveLimits.defaults());
		assertEquals(new ArchiveItem.Skipped("inner.zip", "entry inner.zip is skipped: it is an archive inside the "
				+ "archive, which is not expanded; extract it and import it separately"), items.get(0));
		assertInstanceOf(ArchiveItem.Skipped.class, items.get(1));
		assertEquals("text.txt", items.get(2).name());
		assertEquals(3, items.size());
	}

	@Test
	void foldersHiddenFilesAndMacResourceForksArePassedOver() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("docs/", new byte[0]);
		entries.put("__MACOSX/docs/._a.html", "fork".getBytes(UTF_8));
		entries.put(".DS_Store", "x".getBytes(UTF_8));
		entries.put("docs/.git/config", "x".getBytes(UTF_8));
		entries.put("docs/Thumbs.db", "x".getBytes(UTF_8));
		entries.put("docs/a.html", "<p>a</p>".getBytes(UTF_8));
		assertEquals(List.of("docs/a.html"),
				readAll(zip(entries), ArchiveLimits.defaults()).stream().map(ArchiveItem::name).toList());
	}

	@Test
	void damagedArchiveIsOneLine() throws Exception {
		byte[] archive = zip(Map.of("statement.txt", random(100_000, 7)));
		byte[] corrupt = archive.clone();
		for (int i = 200; i < 300; i++) {
			corrupt[i] ^= 0x5A;
		}
		String message = problem(corrupt, ArchiveLimits.defaults());
		assertTrue(message.startsWith("is a damaged ZIP archive ("), message);
		String truncated = problem(Arrays.copyOf(archive, archive.length / 2), ArchiveLimits.defaults());
		assertTrue(truncated.startsWith("is a damaged ZIP archive ("), truncated);
	}

	@Test
	void somethingElseIsNotAZipArchive() throws Exception {
		assertEquals("is not a ZIP archive",
				problem("<html>not a zip</html>".getBytes(UTF_8), ArchiveLimits.defaults()));
		assertEquals("is empty (0 bytes)", problem(new byte[0], ArchiveLimits.defaults()));
		Path missing = temp.resolve("missing.zip");
		ArchiveProblem p = assertThrows(ArchiveProblem.class, () -> ZipReader.open(missing, ArchiveLimits.defaults()));
		assertTrue(p.getMessage().startsWith("cannot be read ("), p.getMessage());
	}

	@Test
	void emptyArchiveHasNoItems() throws Exception {
		byte[] empty = zip(Map.of());
		assertEquals(List.of(), readAll(empty, ArchiveLimits.defaults()));
	}
}
