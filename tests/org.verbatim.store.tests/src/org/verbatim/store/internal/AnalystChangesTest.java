package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;
import static org.verbatim.store.internal.StoreFixtures.queryLong;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.AnalystChange;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.MetadataFields;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Sha256;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.MetadataAttributes;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.StoreException;

/** Excerpts, tags, metadata edits and undo: what they store and the records they write with it. */
class AnalystChangesTest {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00.250Z");

	/** A decoded original whose clean text drops the markup and decodes an entity. */
	private static final String ORIGINAL = "<p>Hello &amp; welcome, world</p>";

	private static final String CLEAN = "Hello & welcome, world";

	private static final StatementId S1 = new StatementId(1);

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore(Schema.MIGRATIONS, Clock.fixed(NOW, ZoneOffset.UTC));

	/** {@link #CLEAN} with its offsets into {@link #ORIGINAL} and a title read with evidence. */
	private static NewStatement markedUp() {
		OffsetMap offsets = new OffsetMap.Builder().copy(3, 6).replace(1, 9, 14).copy(14, 15).build();
		Evidence evidence = new Evidence("h1", "Hello", Optional.of(new OffsetMap.Span(0, 5)));
		StatementMetadata metadata = new StatementMetadata(Optional.of(new Evidenced<>("Hello", evidence)),
				Optional.of(new Evidenced<>(LocalDate.parse("2019-02-26"), evidence)), Optional.empty(),
				Optional.empty(), List.of(new Speaker("Ann Example", Optional.of("minister"), Optional.empty(), evidence)),
				Optional.empty(), Optional.empty(), List.of(), Optional.empty());
		return new NewStatement("/data/hello.html", ORIGINAL.getBytes(UTF_8), Optional.of("Hello"), CLEAN, "UTF-8",
				"valid-utf8", offsets, List.of(), metadata, Optional.empty());
	}

	@Test
	void anExcerptIsAnchoredByQuoteCleanSpanAndOriginalSpanInItsRecord() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			project.add(markedUp());
			Excerpt excerpt = project.addExcerpt(S1, 0, 7, Optional.of(" greeting "));
			assertEquals(new ExcerptId(1), excerpt.id());
			assertEquals("Hello &", excerpt.quote());
			assertEquals("", excerpt.prefix());
			assertEquals(" welcome, world", excerpt.suffix());
			// the entity stands for all of "&amp;" in the original
			assertEquals(new OffsetMap.Span(3, 14), excerpt.originalSpan());
			assertEquals("Hello &amp;", ORIGINAL.substring(3, 14));
			assertEquals(Optional.of("greeting"), excerpt.note());

			Excerpt world = project.addExcerpt(S1, 17, 22, Optional.empty());
			assertEquals("world", world.quote());
			assertEquals("world", ORIGINAL.substring(world.originalSpan().start(), world.originalSpan().end()));
			assertEquals("Hello & welcome, ", world.prefix());
			assertEquals(List.of(excerpt, world), project.excerpts());
			assertEquals(Optional.of(world), project.excerpt(world.id()));

			List<ProvEntry> about = project.provenanceAbout(ProvIds.excerpt(excerpt.id(), 1));
			assertEquals(1, about.size());
			ProvDraft record = about.get(0).record().content();
			assertEquals("excerpt", record.change());
			ProvEntity entity = record.entity("excerpt/E1/1").orElseThrow();
			assertEquals(ProvIds.EXCERPT, entity.type());
			Map<String, String> expected = new TreeMap<>();
			expected.put("statement", "S1");
			expected.put("clean-start", "0");
			expected.put("clean-end", "7");
			expected.put("quote", "Hello &");
			expected.put("sha256", Sha256.hex("Hello &".getBytes(UTF_8)));
			expected.put("original-sha256", Sha256.hex(ORIGINAL.getBytes(UTF_8)));
			expected.put("original-start", "3");
			expected.put("original-end", "14");
			assertEquals(expected, entity.attributes());
			String activity = ProvIds.activity(about.get(0).seq(), "excerpt");
			assertEquals(Map.of("statement", "S1", "clean-start", "0", "clean-end", "7"),
					record.activity(activity).orElseThrow().attributes());
			String analyst = record.agents().get(0).id();
			for (ProvRelation relation : List.of(ProvRelation.of(ProvRelation.USED, activity, "clean-text/S1/1"),
					ProvRelation.of(ProvRelation.WAS_GENERATED_BY, "excerpt/E1/1", activity),
					ProvRelation.of(ProvRelation.WAS_DERIVED_FROM, "excerpt/E1/1", "clean-text/S1/1"),
					ProvRelation.of(ProvRelation.WAS_ATTRIBUTED_TO, "excerpt/E1/1", analyst),
					ProvRelation.of(ProvRelation.WAS_ASSOCIATED_WITH, activity, analyst))) {
				assertTrue(record.relations().contains(relation), relation + " in " + record.relations());
			}
		}
	}

	@Test
	void excerptRangesAreCheckedWithOneLineReasons() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			project.add(markedUp());
			assertEquals("The range 5-99 is outside the text of S1, which has 22 characters (0-22)",
					assertThrows(StoreException.class, () -> project.addExcerpt(S1, 5, 99, Optional.empty())).getMessage());
			assertEquals("The range 3-3 of S1 is empty; an excerpt needs at least one character",
					assertThrows(StoreException.class, () -> project.addExcerpt(S1, 3, 3, Optional.empty())).getMessage());
			assertEquals("The range 5-6 of S1 holds only white space",
					assertThrows(StoreException.class, () -> project.addExcerpt(S1, 5, 6, Optional.empty())).getMessage());
			assertThrows(StoreException.class, () -> project.addExcerpt(new StatementId(9), 0, 1, Optional.empty()));
			assertEquals(List.of(), project.excerpts());
			assertEquals(1, project.provenance(0, 10).size());
		}
	}

	@Test
	void aChangeThatFailsLeavesNeitherItsRowsNorItsRecord() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(markedUp());
		}
		Path db = dir.resolve("verbatim.db");
		// the record cannot be written: the change must not be stored either
		execute(db, "CREATE TRIGGER no_records BEFORE INSERT ON prov_records BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
		try (Project project = store.open(dir)) {
			assertThrows(StoreException.class, () -> project.addExcerpt(S1, 0, 5, Optional.empty()));
			assertThrows(StoreException.class, () -> project.tag("S1", "khojaly"));
			assertThrows(StoreException.class, () -> project.editMetadata(S1, "title", Optional.of("Other")));
			assertEquals(List.of(), project.excerpts());
			assertEquals(List.of(), project.tags("S1"));
			assertEquals("Hello", project.metadata(S1).title().orElseThrow().value());
			assertEquals(Optional.of("Hello"), project.statement(S1).orElseThrow().title());
			assertEquals(1, project.version(S1));
		}
		assertEquals(0, queryLong(db, "SELECT count(*) FROM analyst_changes"));
		assertEquals(0, queryLong(db, "SELECT count(*) FROM metadata_history"));
		// the rows cannot be written: no record is left behind
		execute(db, "DROP TRIGGER no_records",
				"CREATE TRIGGER no_excerpts BEFORE INSERT ON excerpts BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
		try (Project project = store.open(dir)) {
			assertThrows(StoreException.class, () -> project.addExcerpt(S1, 0, 5, Optional.empty()));
			assertEquals(1, project.provenance(0, 10).size());
			assertEquals(Optional.empty(), project.undoLast());
		}
	}

	@Test
	void anEditThenItsUndoGiveTheOldValueBackInThreeChainedRecords() throws Exception {
		Path dir = temp.resolve("p");
		List<StatementId> changed = new ArrayList<>();
		store.addListener(new ProjectChangeListener() {
			@Override
			public void statementsAdded(Project project, java.util.Collection<StatementId> ids) {
				// only changes matter here
			}

			@Override
			public void statementsChanged(Project project, java.util.Collection<StatementId> ids) {
				changed.addAll(ids);
			}
		});
		StatementMetadata before;
		try (Project project = store.create(dir)) {
			project.add(markedUp());
			before = project.metadata(S1);
			AnalystChange edit = project.editMetadata(S1, "title", Optional.of("Greetings to the world"));
			assertEquals("S1 title: \"Hello\" -> \"Greetings to the world\"", edit.description());
			StatementMetadata edited = project.metadata(S1);
			assertEquals(new Evidence("analyst-edit", "Greetings to the world", Optional.empty()),
					edited.title().orElseThrow().evidence());
			assertEquals(before.issued(), edited.issued());
			assertEquals(before.speakers(), edited.speakers());
			assertEquals(Optional.of("Greetings to the world"), project.statement(S1).orElseThrow().title());
			assertEquals(2, project.version(S1));
		}
		try (Project project = store.open(dir)) {
			AnalystChange undone = project.undoLast().orElseThrow();
			assertEquals("edit", undone.change());
			assertEquals(before, project.metadata(S1));
			assertEquals(Optional.of("Hello"), project.statement(S1).orElseThrow().title());
			assertEquals(3, project.version(S1));
			assertEquals(Optional.empty(), project.undoLast());

			List<ProvEntry> log = project.provenance(0, 100);
			assertEquals(List.of("import", "edit", "undo"), log.stream().map(e -> e.record().content().change()).toList());
			assertChained(log);
			ProvDraft edit = log.get(1).record().content();
			String editActivity = ProvIds.activity(2, "edit");
			assertEquals(Map.of("field", "title", "before", "Hello", "after", "Greetings to the world"),
					edit.activity(editActivity).orElseThrow().attributes());
			StatementMetadata afterEdit = new StatementMetadata(
					Optional.of(new Evidenced<>("Greetings to the world",
							new Evidence("analyst-edit", "Greetings to the world", Optional.empty()))),
					before.issued(), before.updated(), before.place(), before.speakers(), before.publisher(),
					before.language(), before.events(), before.possiblyMachineTranslated());
			assertEquals(MetadataAttributes.of(afterEdit), edit.entity("statement/S1/2").orElseThrow().attributes());
			assertTrue(edit.relations().contains(ProvRelation.of(ProvRelation.WAS_REVISION_OF, "statement/S1/2", "statement/S1/1")));
			assertTrue(edit.relations().contains(ProvRelation.of(ProvRelation.USED, editActivity, "statement/S1/1")));
			assertTrue(edit.relations().contains(ProvRelation.of(ProvRelation.WAS_GENERATED_BY, "statement/S1/2", editActivity)));

			ProvDraft undo = log.get(2).record().content();
			String undoActivity = ProvIds.activity(3, "undo");
			assertTrue(undo.relations().contains(ProvRelation.of(ProvRelation.WAS_INFORMED_BY, undoActivity, editActivity)));
			assertTrue(undo.relations().contains(ProvRelation.of(ProvRelation.WAS_REVISION_OF, "statement/S1/3", "statement/S1/2")));
			// version 3 says what the import read: the same attributes as the extraction of version 1
			assertEquals(MetadataAttributes.of(before), undo.entity("statement/S1/3").orElseThrow().attributes());
			assertEquals(List.of("edit", "undo"), project.analystChanges().stream().map(AnalystChange::change).toList());
			assertEquals(Optional.of(3L), project.analystChanges().get(0).undoneBy());
		}
		assertEquals(List.of(S1, S1), changed);
	}

	@Test
	void anEditOfTheSpeakersKeepsTheirRolesAndAnUnchangedSpeakerAsItWasRead() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			project.add(markedUp());
			StatementMetadata before = project.metadata(S1);
			assertEquals(Optional.of("Ann Example (minister)"), MetadataFields.value(before, "speakers"));

			AnalystChange edit = project.editMetadata(S1, "speakers",
					Optional.of("Ann Example (minister); Ben Example (Head of Press (acting)); Carla Example"));
			assertEquals("S1 speakers: \"Ann Example (minister)\" -> \"Ann Example (minister); Ben Example (Head of "
					+ "Press (acting)); Carla Example\"", edit.description());
			List<Speaker> speakers = project.metadata(S1).speakers();
			// Ann typed as she was read: the import's speaker, evidence and all
			assertEquals(before.speakers().get(0), speakers.get(0));
			assertEquals(new Speaker("Ben Example", Optional.of("Head of Press (acting)"), Optional.empty(),
					new Evidence(MetadataFields.ANALYST_EDIT, "Ben Example (Head of Press (acting))", Optional.empty())),
					speakers.get(1));
			assertEquals(Optional.empty(), speakers.get(2).role());

			// a new role for Ann is the analyst's speaker; the role is kept in the store
			project.editMetadata(S1, "speakers", Optional.of("Ann Example (Foreign Minister)"));
			Speaker ann = project.metadata(S1).speakers().get(0);
			assertEquals(Optional.of("Foreign Minister"), ann.role());
			assertEquals(MetadataFields.ANALYST_EDIT, ann.evidence().rule());
			assertThrows(StoreException.class,
					() -> project.editMetadata(S1, "speakers", Optional.of("Ann Example (Foreign Minister)")));
			assertEquals("Cannot edit S1: the speaker 'Ann (minister' has a '(' that is not closed at its end; write a "
					+ "speaker as Name or Name (role)", assertThrows(StoreException.class,
							() -> project.editMetadata(S1, "speakers", Optional.of("Ann (minister"))).getMessage());

			project.undoLast();
			project.undoLast();
			assertEquals(before, project.metadata(S1));
		}
	}

	@Test
	void editsCheckFieldAndValueAndClearingIsUndoneToo() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			project.add(markedUp());
			assertEquals("Cannot edit S1: 'colour' is not a field that can be edited; fields: title, issued, updated, "
					+ "place, publisher, language, speakers, events",
					assertThrows(StoreException.class, () -> project.editMetadata(S1, "colour", Optional.of("red")))
							.getMessage());
			assertEquals("Cannot edit S1: '26 Feb' is not a date for issued; write it as YYYY-MM-DD, e.g. 2019-02-26",
					assertThrows(StoreException.class, () -> project.editMetadata(S1, "issued", Optional.of("26 Feb")))
							.getMessage());
			assertThrows(StoreException.class, () -> project.editMetadata(S1, "place", Optional.empty()));
			StatementMetadata before = project.metadata(S1);
			project.editMetadata(S1, "speakers", Optional.empty());
			project.editMetadata(S1, "place", Optional.of("Baku"));
			assertEquals(List.of(), project.metadata(S1).speakers());
			assertEquals("Baku", project.metadata(S1).place().orElseThrow().value());
			assertEquals("place", project.undoLast().orElseThrow().description().split(" ")[1].replace(":", ""));
			assertEquals("speakers", project.undoLast().orElseThrow().description().split(" ")[1].replace(":", ""));
			assertEquals(before, project.metadata(S1));
			assertEquals(5, project.version(S1));
		}
	}

	@Test
	void tagsAndExcerptsAreUndoneNewestFirstAndAWithdrawnExcerptIsKept() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(markedUp());
			project.add(statement("/data/b.txt", "Another statement."));
			Excerpt excerpt = project.addExcerpt(S1, 8, 15, Optional.empty());
			project.tag("S2", "khojaly");
			project.tag("e1", " khojaly ");
			project.tag("S1", "khojaly");
			project.untag("S2", "khojaly");
			assertEquals(List.of("S1", "E1"), project.taggedWith("khojaly"));
			assertEquals(List.of("khojaly"), project.excerpt(excerpt.id()).orElseThrow().tags());
			assertEquals("S1 is already tagged 'khojaly'",
					assertThrows(StoreException.class, () -> project.tag("S1", "khojaly")).getMessage());
			assertEquals("S2 is not tagged 'x'; its tags: (none)",
					assertThrows(StoreException.class, () -> project.untag("S2", "x")).getMessage());
			assertThrows(StoreException.class, () -> project.tag("E7", "x"));
			assertThrows(StoreException.class, () -> project.tag("X1", "x"));

			ProvDraft tag = project.provenance(4, 1).get(0).record().content();
			assertEquals("tag", tag.change());
			assertEquals(Map.of("target", "E1", "tag", "khojaly"), tag.activities().get(0).attributes());
			assertTrue(tag.relations().contains(ProvRelation.of(ProvRelation.USED, tag.activities().get(0).id(), "excerpt/E1/1")));

			assertEquals("untag", project.undoLast().orElseThrow().change());
			assertEquals(List.of("S1", "S2", "E1"), project.taggedWith("khojaly"));
			assertEquals("tag", project.undoLast().orElseThrow().change());
			assertEquals("tag", project.undoLast().orElseThrow().change());
			assertEquals("tag", project.undoLast().orElseThrow().change());
			assertEquals(List.of(), project.taggedWith("khojaly"));
			AnalystChange undone = project.undoLast().orElseThrow();
			assertEquals("excerpt", undone.change());
			assertEquals(List.of(), project.excerpts());
			assertTrue(project.excerpt(excerpt.id()).orElseThrow().withdrawn());
			assertEquals("Excerpt E1 was withdrawn (its making was undone)",
					assertThrows(StoreException.class, () -> project.tag("E1", "x")).getMessage());
			ProvDraft undo = project.provenance(undone.undoneBy().orElseThrow() - 1, 1).get(0).record().content();
			assertTrue(undo.relations().contains(ProvRelation.of(ProvRelation.WAS_INVALIDATED_BY, "excerpt/E1/1",
					undo.activities().get(0).id())));
			assertEquals(Optional.empty(), project.undoLast());
			// nothing was deleted: every change and every undo has its record
			List<ProvEntry> log = project.provenance(0, 100);
			assertEquals(2 + 5 + 5, log.size());
			assertChained(log);
			assertFalse(project.provenanceAbout("excerpt/E1/1").isEmpty());
		}
		assertEquals(1, queryLong(dir.resolve("verbatim.db"), "SELECT count(*) FROM excerpts"));
	}

	@Test
	void theNewestStandingChangeIsTheOneUndoTakesBackAndTheDefaultMethodAgrees() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			// the same project answering through Project's default method, which reads every change
			Project byDefault = (Project) Proxy.newProxyInstance(Project.class.getClassLoader(),
					new Class<?>[] { Project.class }, (proxy, method, args) -> method.isDefault()
							? InvocationHandler.invokeDefault(proxy, method, args)
							: method.invoke(project, args));
			project.add(markedUp());
			assertEquals(Optional.empty(), project.newestStanding(), "nothing made yet");
			assertEquals(Optional.empty(), byDefault.newestStanding());

			project.addExcerpt(S1, 0, 5, Optional.empty());
			AnalystChange excerpt = project.analystChanges().get(0);
			assertEquals(Optional.of(excerpt), project.newestStanding());
			assertEquals(Optional.of(excerpt), byDefault.newestStanding());

			AnalystChange tag = project.tag("S1", "khojaly");
			assertEquals(Optional.of(tag), project.newestStanding());
			assertEquals(tag.record(), project.undoLast().orElseThrow().record());
			// neither the undone tag nor the undo itself stands: an undo is never undone
			assertEquals(Optional.of(excerpt), project.newestStanding());
			assertEquals(Optional.of(excerpt), byDefault.newestStanding());

			AnalystChange edit = project.editMetadata(S1, "title", Optional.of("Welcome"));
			assertEquals(Optional.of(edit), project.newestStanding());
			assertEquals(Optional.of(edit), byDefault.newestStanding());
			assertEquals(edit.record(), project.undoLast().orElseThrow().record());
			assertEquals(excerpt.record(), project.undoLast().orElseThrow().record());
			assertEquals(Optional.empty(), project.newestStanding(), "everything undone");
			assertEquals(Optional.empty(), byDefault.newestStanding());
			assertEquals(Optional.empty(), project.undoLast());
		}
	}

	@Test
	void aProjectFromBeforeExcerptsGainsThemWithItsStatementsAtVersionOne() throws Exception {
		Path dir = temp.resolve("p");
		SqliteProjectStore withoutExcerpts = new SqliteProjectStore(
				Schema.MIGRATIONS.subList(0, Schema.MIGRATIONS.size() - 1), Clock.fixed(NOW, ZoneOffset.UTC));
		try (Project project = withoutExcerpts.create(dir)) {
			project.add(markedUp());
		}
		try (Project project = store.open(dir)) {
			assertEquals(1, project.version(S1));
			assertEquals("welcome", project.addExcerpt(S1, 8, 15, Optional.empty()).quote());
			project.editMetadata(S1, "language", Optional.of("en"));
			assertEquals(2, project.version(S1));
		}
	}

	private static void assertChained(List<ProvEntry> log) {
		String previous = ProvChain.GENESIS;
		for (ProvEntry entry : log) {
			assertEquals(previous, entry.previousHash(), "record " + entry.seq());
			assertTrue(entry.hashMatches(), "record " + entry.seq());
			previous = entry.hash();
		}
	}
}
