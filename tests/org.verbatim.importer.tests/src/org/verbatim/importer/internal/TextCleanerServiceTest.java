package org.verbatim.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.verbatim.core.Statement;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.store.Project;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.StatementImporter;
import org.verbatim.importer.TextCleaner;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * A text cleaner registered as an OSGi service reaches the importer Declarative Services made, as a
 * plugin's does, and leaves it again when it is unregistered.
 */
class TextCleanerServiceTest {

	@TempDir
	Path temp;

	@SuppressWarnings("restriction") // the store implementation, as the other import tests use it
	private static Statement importSeed(StatementImporter importer, Path dir) throws Exception {
		try (Project project = new SqliteProjectStore().create(dir)) {
			importer.importSources(project, List.of(Seeds.folder().resolve("003_043353f07896bc72.txt").toString()),
					ImportOptions.defaults(), ImportListener.NONE);
			assertEquals(1, project.statements().size());
			Statement statement = project.statements().get(0);
			assertEquals(project.removals(statement.id()).stream()
					.anyMatch(r -> r.rule().equals(ProvAgent.softwareOf(TextCleanerImportTest.PhotoCreditCaption.class).name()
							+ "/photo-credit-caption")),
					!statement.text().contains("(Credit: "), "a removal is listed exactly when the caption is gone");
			return statement;
		}
	}

	@Test
	void aCleanerRegisteredAsAServiceIsBoundAndUnbound() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(TextCleanerServiceTest.class).getBundleContext();
		assertNotNull(context, "the importer bundle is started");
		ServiceReference<StatementImporter> reference = context.getServiceReference(StatementImporter.class);
		assertNotNull(reference, "Declarative Services registered the importer");
		StatementImporter importer = context.getService(reference);
		try {
			Dictionary<String, Object> properties = new Hashtable<>();
			properties.put("service.ranking", 50);
			ServiceRegistration<TextCleaner> registration = context.registerService(TextCleaner.class,
					new TextCleanerImportTest.PhotoCreditCaption(), properties);
			try {
				assertFalse(importSeed(importer, temp.resolve("with")).text().contains("(Credit: "));
			} finally {
				registration.unregister();
			}
			assertTrue(importSeed(importer, temp.resolve("without")).text().contains("(Credit: "));
		} finally {
			context.ungetService(reference);
		}
	}
}
