package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.index.internal.OpenProjectIndexes;
import org.verbatim.search.internal.LuceneSearchService;
import org.verbatim.store.internal.SqliteProjectStore;

/** {@code search}, {@code reindex} and {@code alias} on the seed statements, wired as in the product. */
class SearchCommandTest {

	private static final Path SEEDS = Path.of("/work/shared/seeds");

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SqliteProjectStore store = new SqliteProjectStore();
	private final OpenProjectIndexes indexes = new OpenProjectIndexes();
	private Cli cli;
	private String project;

	@BeforeEach
	void importSeeds() {
		store.addListener(indexes);
		StatementImportPipeline importer = StatementImportPipeline.withBuiltInExtractors();
		LuceneSearchService search = new LuceneSearchService(indexes);
		cli = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> store, () -> importer, () -> search));
		project = temp.resolve("p").toString();
		assertEquals(0, run("init", "--project", project));
		for (int i = 0; i < 5; i++) {
			String seed = SEEDS.resolve(List.of("000_27967090eb5e547d.txt", "001_b3496bafa948e7cd.txt",
					"002_c12bd01232c6c3f2.txt", "003_043353f07896bc72.txt", "004_3e498db7395cf49c.txt").get(i)).toString();
			assertEquals(0, run("import", "--project", project, seed));
		}
	}

	@AfterEach
	void closeIndexes() {
		indexes.closeAll();
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return cli.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private List<String> errLines() {
		return err.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void khojalyFindsTheSeedThatSpellsItKhojali() {
		assertEquals(0, run("search", "--project", project, "Khojaly"));
		assertTrue(out().startsWith("3 hits for Khojaly"), out());
		assertTrue(out().contains("[Khojali]"), out());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("S4 ")), out());
		assertEquals(List.of(), errLines());
	}

	@Test
	void jsonHasHitsSnippetOffsetsAndFacets() {
		assertEquals(0, run("search", "--project", project, "--json", "--facets", "--limit", "1", "Khojaly", "genocide"));
		String json = out();
		assertTrue(json.startsWith("{\"project\":"), json);
		assertTrue(json.contains("\"total_hits\":3,"), json);
		assertTrue(json.contains("\"highlights\":[["), json);
		assertTrue(json.contains("\"year\":[{\"value\":"), json);
		assertEquals(1, json.split("\"id\":\"S").length - 1, "--limit 1");
	}

	@Test
	void badQueriesExitOneWithOneLine() {
		assertEquals(1, run("search", "--project", project, "\"Khojaly"));
		assertEquals(1, errLines().size(), errLines().toString());
		assertTrue(errLines().get(0).startsWith("verbatim: the query has an unbalanced quote"), errLines().toString());
		assertEquals(2, run("search", "--project", project));
		assertEquals(2, run("search", "--project", project, "--sort", "sideways", "x"));
	}

	@Test
	void aliasesSavedSearchesAndReindex() {
		assertEquals(0, run("alias", "--project", project, "add", "Khojaly", "Khojali"));
		assertEquals(0, run("alias", "--project", project, "list"));
		assertEquals("Khojaly = Khojali\n", out());
		assertEquals(0, run("search", "--project", project, "--save", "dated", "Khojaly", "AND", "issued:[2019", "TO", "2021]"));
		assertEquals(1, run("search", "--project", project, "--save", "broken", "(Khojaly"));
		assertEquals(0, run("search", "--project", project, "--list-saved"));
		assertEquals("dated  Khojaly AND issued:[2019 TO 2021]\n", out());
		assertEquals(0, run("search", "--project", project, "--saved", "dated"));
		assertTrue(out().startsWith("2 hits for Khojaly AND issued:[2019 TO 2021]"), out());
		assertEquals(0, run("reindex", "--project", project));
		assertTrue(out().matches("(?s)Rebuilt the search index of .*: 5 statements in .*"), out());
	}

	@Test
	void tagsAndExcerptsAreSearchedAndJsonNamesTheKind() {
		String quote = "in the town of Khojaly where they killed more than 613 civilians";
		assertEquals(0, run("excerpt", "--project", project, "S4", "--quote", quote, "--note", "figures"));
		assertEquals(0, run("tag", "--project", project, "E1", "casualties"));
		assertEquals(0, run("tag", "--project", project, "S4", "Needs review"));

		assertEquals(0, run("search", "--project", project, "--scope", "excerpts", "--json", "Khojaly"));
		assertTrue(out().contains("\"total_hits\":1,"), out());
		assertTrue(out().contains("\"kind\":\"excerpt\",\"id\":\"E1\",\"statement\":\"S4\""), out());
		assertTrue(out().contains("\"highlights\":[["), "offsets in S4's clean text: " + out());

		assertEquals(0, run("search", "--project", project, "--scope", "excerpts", "Khojaly"));
		assertTrue(out().startsWith("1 excerpt for Khojaly"), out());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("E1 in S4 ")), out());

		assertEquals(0, run("search", "--project", project, "--json", "tag:casualties"));
		assertTrue(out().contains("\"total_hits\":1,") && out().contains("\"id\":\"E1\""), out());
		assertEquals(0, run("search", "--project", project, "--tag", "needs  REVIEW", "--facets", "--json", "Khojaly"));
		assertTrue(out().contains("\"total_hits\":1,") && out().contains("\"kind\":\"statement\",\"id\":\"S4\""), out());
		assertTrue(out().contains("\"tag\":[{\"value\":\"Needs review\",\"count\":1}]"), out());

		assertEquals(0, run("tag", "--project", project, "S4", "Needs review", "--remove"));
		assertEquals(0, run("search", "--project", project, "--tag", "Needs review", "Khojaly"));
		assertTrue(out().startsWith("0 hits for Khojaly"), "untagged: " + out());
		assertEquals(2, run("search", "--project", project, "--tag", " ", "Khojaly"));
	}
}
