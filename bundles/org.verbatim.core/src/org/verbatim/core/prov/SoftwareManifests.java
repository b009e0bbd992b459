package org.verbatim.core.prov;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Names software agents after the OSGi bundle their classes come from: the bundle's symbolic name
 * and version, read from its manifest (in OSGi a bundle's class loader finds its own manifest
 * first). Remembered per class.
 */
final class SoftwareManifests {

	private static final ClassValue<ProvAgent> AGENTS = new ClassValue<>() {
		@Override
		protected ProvAgent computeValue(Class<?> type) {
			return read(type).orElseGet(() -> ProvAgent.software("org.verbatim", "unknown"));
		}
	};

	private SoftwareManifests() {
	}

	static ProvAgent agentOf(Class<?> type) {
		return AGENTS.get(type);
	}

	private static Optional<ProvAgent> read(Class<?> type) {
		ClassLoader loader = type.getClassLoader();
		if (loader == null) {
			return Optional.empty();
		}
		try (InputStream in = loader.getResourceAsStream("META-INF/MANIFEST.MF")) {
			if (in == null) {
				return Optional.empty();
			}
			Attributes main = new Manifest(in).getMainAttributes();
			String name = main.getValue("Bundle-SymbolicName");
			String version = main.getValue("Bundle-Version");
			if (name == null || version == null) {
				return Optional.empty();
			}
			int directives = name.indexOf(';');
			return Optional.of(ProvAgent.software((directives < 0 ? name : name.substring(0, directives)).strip(),
					version.strip()));
		} catch (IOException e) {
			// an unreadable manifest leaves the software unnamed, which the record then says
			return Optional.empty();
		}
	}
}
