package org.verbatim.provenance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

class LineageTest {

	@TempDir
	Path temp;

	@Test
	void aSeedStatementLeadsBackToItsOriginalThroughEveryActivity() throws Exception {
		try (Project project = Seeds.importedInto(temp.resolve("p"))) {
			StatementId id = new StatementId(2);
			Statement statement = project.statement(id).orElseThrow();
			Lineage lineage = Lineage.of(project, "S2").orElseThrow();

			assertEquals("statement/S2/1", lineage.entity());
			assertEquals(List.of(ProvIds.ORIGINAL, ProvIds.DECODED, ProvIds.CLEAN_TEXT, ProvIds.STATEMENT),
					lineage.steps().stream().map(s -> s.entity().type()).toList());
			assertEquals(ProvIds.original(statement.original().sha256()), lineage.steps().get(0).entity().id());

			ProvActivity read = lineage.steps().get(0).actions().get(0).activity();
			assertEquals("read", read.type());
			assertEquals(Optional.of(statement.source()), read.attribute("source"));
			assertTrue(read.attribute("retrieved-at").isPresent());

			ProvActivity decode = lineage.steps().get(1).actions().get(0).activity();
			assertEquals(Optional.of(statement.charset()), decode.attribute("charset"));
			assertEquals(Optional.of(statement.charsetRule()), decode.attribute("charset-rule"));

			ProvActivity clean = lineage.steps().get(2).actions().get(0).activity();
			assertEquals(Optional.of(Integer.toString(project.removals(id).size())), clean.attribute("removals"));
			assertTrue(clean.attribute("cleaner").isPresent());

			List<Lineage.Action> last = lineage.steps().get(3).actions();
			assertEquals(List.of("import", "extract"), last.stream().map(a -> a.activity().type()).toList());
			assertEquals(Optional.of(last.get(0).activity().id()), last.get(1).informs());
			assertTrue(last.get(1).activity().attribute("extractor").isPresent());
			assertTrue(last.get(0).agents().stream().anyMatch(a -> a.kind().equals(ProvAgent.ANALYST)));
			assertTrue(last.get(0).agents().stream().anyMatch(a -> a.kind().equals(ProvAgent.SOFTWARE)));
			long importSeq = project.provenanceAbout("statement/S2/1").get(0).seq();
			assertTrue(lineage.steps().stream().allMatch(s -> s.seq() == importSeq), "one import record made the path");
			assertEquals(List.of(ProvRelation.of(ProvRelation.WAS_DERIVED_FROM, "statement/S2/1", "clean-text/S2/1")),
					lineage.steps().get(3).derivedFrom());

			assertTrue(lineage.later().isEmpty(), lineage.later().toString());
			assertEquals(project.removals(id), lineage.removals());

			OriginalSpan span = lineage.originalSpan().orElseThrow();
			byte[] bytes = project.readOriginal(statement.original());
			Charset charset = Charset.forName(statement.charset());
			String decoded = new String(bytes, charset);
			assertEquals(decoded.substring(span.charStart(), span.charEnd()), new String(bytes, (int) span.byteStart(),
					(int) (span.byteEnd() - span.byteStart()), charset));
			assertEquals(project.offsets(id).toOriginal(0, statement.text().length()).start(), span.charStart());
		}
	}

	@Test
	void byteOffsetsCountMultiByteCharactersAndTheByteOrderMark() throws Exception {
		String text = "Bakı, 20 yanvar. Şəhidlərin xatirəsi ehtiramla yad edildi və çiçəklər qoyuldu.\n";
		Path file = temp.resolve("bom.txt");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = text.getBytes(UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, 3);
		System.arraycopy(body, 0, all, 3, body.length);
		Files.write(file, all);
		try (Project project = new SqliteProjectStore().create(temp.resolve("p"))) {
			StatementImportPipeline.withBuiltInExtractors().importSources(project, List.of(file.toString()),
					ImportOptions.defaults(), ImportListener.NONE);
			Statement statement = project.statement(new StatementId(1)).orElseThrow();
			assertEquals("byte-order-mark", statement.charsetRule());
			OriginalSpan span = Lineage.of(project, "s1").orElseThrow().originalSpan().orElseThrow();
			String slice = new String(all, (int) span.byteStart(), (int) (span.byteEnd() - span.byteStart()), UTF_8);
			assertEquals(text.substring(span.charStart(), span.charEnd()), slice);
			assertEquals(3 + text.substring(0, span.charStart()).getBytes(UTF_8).length, span.byteStart());
			assertTrue(span.byteEnd() - span.byteStart() > span.charEnd() - span.charStart(), "ı, ş, ə take two bytes");

			// an excerpt's lineage ends at the bytes of its own words
			int from = statement.text().indexOf("Şəhidlərin");
			project.addExcerpt(statement.id(), from, from + "Şəhidlərin xatirəsi".length(), java.util.Optional.empty());
			OriginalSpan words = Lineage.of(project, "E1").orElseThrow().originalSpan().orElseThrow();
			assertEquals("Şəhidlərin xatirəsi",
					new String(all, (int) words.byteStart(), (int) (words.byteEnd() - words.byteStart()), UTF_8));
		}
	}

	@Test
	void laterRecordsNamingTheStatementAreListedAndUnknownIdsAreEmpty() throws Exception {
		try (Project project = Seeds.importedInto(temp.resolve("p"))) {
			StatementId s1 = new StatementId(1);
			StatementId s3 = new StatementId(3);
			project.recordNearDuplicates(s3, "test-scheme", new int[] { 7 },
					Optional.of(new NearDuplicateGroup(s1, List.of(s1, s3))));
			Lineage lineage = Lineage.of(project, "S3").orElseThrow();
			assertEquals(1, lineage.later().size());
			Lineage.Later group = lineage.later().get(0);
			assertEquals("group", group.record().content().change());
			assertEquals(List.of("statement/S3/1"), group.named());
			assertEquals(Optional.of("S1"), group.actions().get(0).activity().attribute("canonical"));
			assertFalse(lineage.records().isEmpty());
			assertTrue(lineage.records().contains(group.record()));

			assertTrue(Lineage.of(project, "S99").isEmpty());
			assertTrue(Lineage.of(project, "E1").isEmpty());
			assertThrows(IllegalArgumentException.class, () -> Lineage.of(project, "X1"));
			assertEquals(Optional.of("excerpt/E4/1"), Lineage.entityOf("e4"));
		}
	}
}
