package org.verbatim.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSiteTest {

	@TempDir
	Path dir;

	@Test
	void aFolderIsASiteByPathOrFileUrl() throws Exception {
		Path site = Files.createDirectories(dir.resolve("repository"));
		PluginSite relative = PluginSite.parse("repository", dir);
		assertEquals(PluginSite.Kind.FOLDER, relative.kind());
		assertEquals(site.toUri(), relative.location());
		assertEquals(site.toUri(), PluginSite.parse(site.toUri().toString(), Path.of("/")).location());
		assertEquals("repository", relative.given());
	}

	@Test
	void aZipIsASiteByPathOrJarUrlAndIsUnpackedSafely() throws Exception {
		Path zip = dir.resolve("site.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			entries.putNextEntry(new ZipEntry("content.xml"));
			entries.write("<repository/>".getBytes(StandardCharsets.UTF_8));
			entries.closeEntry();
		}
		PluginSite byPath = PluginSite.parse(zip.toString(), Path.of("/"));
		assertEquals(PluginSite.Kind.ZIP, byPath.kind());
		PluginSite byJarUrl = PluginSite.parse("jar:" + zip.toUri() + "!/", Path.of("/"));
		assertEquals(byPath.location(), byJarUrl.location());
		Path scratch = Files.createDirectories(dir.resolve("scratch"));
		URI unpacked = byPath.repositoryLocation(scratch);
		assertEquals(scratch.toUri(), unpacked);
		assertEquals("<repository/>", Files.readString(scratch.resolve("content.xml"), StandardCharsets.UTF_8));
	}

	@Test
	void aZipEntryOutsideTheArchiveIsRefused() throws Exception {
		Path zip = dir.resolve("evil.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			entries.putNextEntry(new ZipEntry("../outside.txt"));
			entries.write(1);
			entries.closeEntry();
		}
		Path scratch = Files.createDirectories(dir.resolve("scratch"));
		PluginException e = assertThrows(PluginException.class,
				() -> PluginSite.parse(zip.toString(), Path.of("/")).repositoryLocation(scratch));
		assertTrue(e.getMessage().contains("has an entry outside the archive (../outside.txt)"), e.getMessage());
		assertTrue(Files.notExists(dir.resolve("outside.txt")));
	}

	@Test
	void badSitesAreNamedWithWhatToGive() throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
		assertEquals("update site /nowhere/site does not exist; give the folder or .zip of a p2 update site (the build"
				+ " makes one in releng/org.verbatim.repository/target/repository)",
				assertThrows(PluginException.class, () -> PluginSite.parse("/nowhere/site", dir)).getMessage());
		assertEquals("update site notes.txt is a file but not a .zip; give the site's folder or a zip of it",
				assertThrows(PluginException.class, () -> PluginSite.parse("notes.txt", dir)).getMessage());
		assertTrue(assertThrows(PluginException.class, () -> PluginSite.parse("ftp://example.org/site", dir)).getMessage()
				.startsWith("update site ftp://example.org/site uses a scheme Verbatim does not fetch from"));
		assertTrue(assertThrows(PluginException.class, () -> PluginSite.parse("jar:file:/x.zip!/plugins/", dir))
				.getMessage().contains("must end in !/"));
		assertEquals(PluginSite.Kind.REMOTE, PluginSite.parse("https://example.org/site", dir).kind());
	}
}
