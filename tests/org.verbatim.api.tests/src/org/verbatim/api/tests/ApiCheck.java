package org.verbatim.api.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.osgi.framework.Version;

/**
 * Compares a bundle's API with its baseline, package by package, by the semantic version promise:
 * anything removed or changed needs a major step of the package's exported version, anything added
 * at least a minor step, over the version recorded in the baseline.
 */
final class ApiCheck {

	/** How to accept a deliberate change; part of every failure message. */
	static final String HOW_TO_UPDATE = "If the change is deliberate, set that version in the bundle's"
			+ " META-INF/MANIFEST.MF (Export-Package), then write the new baseline with"
			+ " ./mvnw -B -o clean verify -pl tests/org.verbatim.api.tests -am -Dverbatim.api.update=true"
			+ " and commit tests/org.verbatim.api.tests/baselines/.";

	private ApiCheck() {
	}

	/** What breaks the promise between {@code baseline} and {@code current}; empty when nothing does. */
	static List<String> problems(ApiSignature baseline, ApiSignature current) {
		List<String> problems = new ArrayList<>();
		String bundle = current.bundle();
		current.versions().forEach((pkg, version) -> {
			if (Version.parseVersion(version).equals(Version.emptyVersion)) {
				problems.add(bundle + ": package " + pkg + " is exported without a version; export it with"
						+ " version=\"1.0.0\" (API) or mark it x-friends (internal).");
			}
		});
		TreeSet<String> packages = new TreeSet<>(baseline.versions().keySet());
		packages.addAll(current.versions().keySet());
		for (String pkg : packages) {
			String was = baseline.versions().get(pkg);
			String now = current.versions().get(pkg);
			if (was == null) {
				problems.add(bundle + ": package " + pkg + " " + now + " is new API with no baseline. "
						+ HOW_TO_UPDATE);
				continue;
			}
			Version before = Version.parseVersion(was);
			SortedSet<String> removed = new TreeSet<>(baseline.linesOf(pkg));
			SortedSet<String> added = new TreeSet<>();
			if (now != null) {
				removed.removeAll(current.linesOf(pkg));
				added.addAll(current.linesOf(pkg));
				added.removeAll(baseline.linesOf(pkg));
			}
			Version after = now == null ? before : Version.parseVersion(now);
			if (now == null) {
				problems.add(bundle + ": package " + pkg + " " + was + " is no longer exported as API; that"
						+ " breaks every plugin that imports it, and needs a major step of the bundle's API at least"
						+ " (a new package replacing it). " + HOW_TO_UPDATE);
			} else if (!removed.isEmpty() && after.getMajor() <= before.getMajor()) {
				Version needed = new Version(before.getMajor() + 1, 0, 0);
				for (String line : removed) {
					problems.add(bundle + ": " + member(line) + " was removed or changed; package " + pkg
							+ " must get version " + needed + " (a major step over " + was + "), since plugins"
							+ " built against " + was + " may use it. " + HOW_TO_UPDATE);
				}
			} else if (removed.isEmpty() && !added.isEmpty() && after.compareTo(new Version(before.getMajor(),
					before.getMinor() + 1, 0)) < 0) {
				Version needed = new Version(before.getMajor(), before.getMinor() + 1, 0);
				for (String line : added) {
					problems.add(bundle + ": " + member(line) + " was added; package " + pkg
							+ " must get version " + needed + " at least (a minor step over " + was + "). "
							+ HOW_TO_UPDATE);
				}
			}
		}
		return problems;
	}

	/** A baseline line without its package prefix. */
	private static String member(String line) {
		int colon = line.indexOf(": ");
		return colon < 0 ? line : line.substring(colon + 2);
	}
}
