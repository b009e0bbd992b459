package org.verbatim.api.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The break check: the API of every bundle that plugins build against, compared with the committed
 * baseline {@code baselines/<bundle>.api}. A removed or changed member without a major step of its
 * package's version, or an added one without at least a minor step, fails the build with a message
 * naming the member and the version the package must get.
 */
class ApiBaselineTest {

	/** A class of each API bundle, to find the bundle by. */
	static final Map<String, Class<?>> API_BUNDLES = Map.of("org.verbatim.core", org.verbatim.core.OffsetMap.class,
			"org.verbatim.importer", org.verbatim.importer.DocumentExtractor.class, "org.verbatim.provenance",
			org.verbatim.provenance.Lineage.class, "org.verbatim.report", org.verbatim.report.ReportExporter.class,
			"org.verbatim.cli", org.verbatim.cli.ContributedCommand.class, "org.verbatim.index",
			org.verbatim.index.ProjectIndex.class, "org.verbatim.search", org.verbatim.search.SearchService.class);

	private static final String UPDATE = "verbatim.api.update";

	static ApiSignature current(String bundle) throws ClassNotFoundException {
		Bundle found = FrameworkUtil.getBundle(API_BUNDLES.get(bundle));
		assertNotNull(found, bundle + " is not running as an OSGi bundle");
		return ApiSignature.of(found);
	}

	private static ApiSignature baseline(String bundle) throws IOException {
		URL entry = FrameworkUtil.getBundle(ApiBaselineTest.class).getEntry("baselines/" + bundle + ".api");
		if (entry == null) {
			return new ApiSignature(bundle, new TreeMap<>(), new TreeSet<>());
		}
		try (InputStream in = entry.openStream()) {
			return ApiSignature.parse(bundle, new String(in.readAllBytes(), UTF_8));
		}
	}

	@TestFactory
	Stream<DynamicTest> everyApiBundleKeepsTheVersionPromiseOfItsBaseline() {
		return new TreeSet<>(API_BUNDLES.keySet()).stream().map(bundle -> DynamicTest.dynamicTest(bundle, () -> {
			ApiSignature current = current(bundle);
			if (Boolean.getBoolean(UPDATE)) {
				Path folder = Path.of(System.getProperty("verbatim.api.baselines"));
				Files.writeString(folder.resolve(bundle + ".api"), current.text(), UTF_8);
				return;
			}
			List<String> problems = ApiCheck.problems(baseline(bundle), current);
			assertTrue(problems.isEmpty(), String.join("\n", problems));
		}));
	}

	@Test
	void aRemovedMemberNeedsAMajorStep() throws Exception {
		ApiSignature core = current("org.verbatim.core");
		String removed = "org.verbatim.core: public int org.verbatim.core.OffsetMap.removedInThisTest()";
		ApiSignature doctored = withLine(core, removed);

		List<String> problems = ApiCheck.problems(doctored, core);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("org.verbatim.core: public int org.verbatim.core.OffsetMap"
				+ ".removedInThisTest() was removed or changed; package org.verbatim.core must get version 2.0.0"),
				problems.get(0));
		assertTrue(problems.get(0).contains("-Dverbatim.api.update=true"), "the message says how to update the baseline");
		// a minor step is not enough; a major one is
		assertEquals(1, ApiCheck.problems(doctored, withVersion(core, "org.verbatim.core", "1.1.0")).size());
		assertEquals(List.of(), ApiCheck.problems(doctored, withVersion(core, "org.verbatim.core", "2.0.0")));
	}

	@Test
	void anAddedMemberNeedsAMinorStep() throws Exception {
		ApiSignature importer = current("org.verbatim.importer");
		String added = importer.linesOf("org.verbatim.importer").stream()
				.filter(line -> line.contains("MetadataExtractor.amend(")).findFirst().orElseThrow();
		TreeSet<String> without = new TreeSet<>(importer.lines());
		without.remove(added);
		ApiSignature doctored = new ApiSignature(importer.bundle(), importer.versions(), without);

		List<String> problems = ApiCheck.problems(doctored, importer);

		// the step is counted from the package's version now, whatever it is (1.1.0 since text cleaners)
		String[] now = importer.versions().get("org.verbatim.importer").split("\\.");
		String minorStep = now[0] + "." + (Integer.parseInt(now[1]) + 1) + ".0";
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("MetadataExtractor.amend(") && problems.get(0)
				.contains("was added; package org.verbatim.importer must get version " + minorStep + " at least"),
				problems.get(0));
		assertEquals(List.of(), ApiCheck.problems(doctored, withVersion(importer, "org.verbatim.importer", minorStep)));
	}

	@Test
	void aChangedSignatureIsARemovalAndAnAddition() throws Exception {
		ApiSignature core = current("org.verbatim.core");
		String real = core.linesOf("org.verbatim.core").stream().filter(l -> l.contains("OffsetMap.cleanLength()"))
				.findFirst().orElseThrow();
		TreeSet<String> lines = new TreeSet<>(core.lines());
		lines.remove(real);
		lines.add(real.replace("public int", "public long"));
		List<String> problems = ApiCheck.problems(new ApiSignature(core.bundle(), core.versions(), lines), core);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("public long org.verbatim.core.OffsetMap.cleanLength() was removed or changed"));
	}

	@Test
	void signaturesKeepGenericsAndLeaveInternalPackagesOut() throws Exception {
		ApiSignature core = current("org.verbatim.core");
		assertTrue(core.lines().contains("org.verbatim.core: public java.util.Optional<org.verbatim.core.Evidenced"
				+ "<java.lang.String>> org.verbatim.core.StatementMetadata.title()"), "generics are part of the signature");
		ApiSignature importer = current("org.verbatim.importer");
		assertEquals(List.of("org.verbatim.importer"), List.copyOf(importer.versions().keySet()));
		assertTrue(importer.lines().stream().noneMatch(l -> l.contains(".internal.")), "internal packages are not API");
	}

	@Test
	void apiPackagesAreReadFromTheManifest() {
		SortedMap<String, String> packages = ApiSignature.apiPackages(
				"a.b;version=\"1.2.0\",a.b.internal;x-friends:=\"x,y\",a.c,a.d;x-internal:=true;version=\"1.0\"");
		assertEquals(Map.of("a.b", "1.2.0", "a.c", "0.0.0"), packages);
		ApiSignature unversioned = new ApiSignature("a", packages, new TreeSet<>());
		assertTrue(ApiCheck.problems(unversioned, unversioned).stream()
				.anyMatch(p -> p.contains("package a.c is exported without a version")));
	}

	private static ApiSignature withLine(ApiSignature api, String line) {
		TreeSet<String> lines = new TreeSet<>(api.lines());
		lines.add(line);
		return new ApiSignature(api.bundle(), api.versions(), lines);
	}

	private static ApiSignature withVersion(ApiSignature api, String pkg, String version) {
		SortedMap<String, String> versions = new TreeMap<>(api.versions());
		versions.put(pkg, version);
		return new ApiSignature(api.bundle(), versions, api.lines());
	}
}
