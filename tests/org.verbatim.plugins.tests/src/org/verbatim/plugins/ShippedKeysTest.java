package org.verbatim.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * p2's own trust check (Install New Software in the workbench) trusts the keys the installer ships:
 * the bundle names each of its {@code keys/*.asc} in p2's {@code org.eclipse.equinox.p2.engine.pgp}
 * extension point, so a key added to the folder without its line in plugin.xml fails here.
 */
class ShippedKeysTest {

	@Test
	void p2TrustsEveryKeyTheInstallerShips() {
		Bundle bundle = FrameworkUtil.getBundle(PluginInstaller.class);
		Set<String> named = new TreeSet<>();
		for (IConfigurationElement element : RegistryFactory.getRegistry()
				.getConfigurationElementsFor("org.eclipse.equinox.p2.engine.pgp")) {
			if (element.getContributor().getName().equals(bundle.getSymbolicName()) && element.getName().equals("trustedKeys")) {
				named.add(element.getAttribute("path"));
			}
		}
		Set<String> shipped = new TreeSet<>();
		Enumeration<URL> keys = bundle.findEntries("keys", "*.asc", false);
		while (keys != null && keys.hasMoreElements()) {
			shipped.add(keys.nextElement().getPath().replaceFirst("^/", ""));
		}
		assertFalse(shipped.isEmpty(), "the installer ships no key");
		assertEquals(shipped, named, "keys shipped in keys/ and keys p2 is told to trust in plugin.xml");
	}
}
