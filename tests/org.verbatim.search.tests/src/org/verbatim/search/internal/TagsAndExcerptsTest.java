package org.verbatim.search.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.StatementId;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Snippet;

/**
 * Tags and excerpts are searchable as soon as an analyst makes them, on the five seed statements:
 * {@code tag:} queries, the tag facet and filter, the excerpts scope with offsets into the
 * statement, and untag, undo and reindex keep the results right.
 */
class TagsAndExcerptsTest {

	@TempDir
	Path dir;

	private SearchFixture f;

	private final List<StatementId> seeds = new ArrayList<>();

	private final List<String> texts = new ArrayList<>();

	@BeforeEach
	void importSeeds() throws Exception {
		f = new SearchFixture(dir);
		try (Stream<Path> files = Files.list(seedsDirectory())) {
			for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(seed, UTF_8);
				texts.add(text);
				seeds.add(f.add(seed.toString(), text, Optional.empty(), Optional.empty(), List.of(), List.of()));
			}
		}
		assertEquals(5, seeds.size(), "the five seeds");
	}

	@AfterEach
	void close() throws Exception {
		f.close();
	}

	private static Path seedsDirectory() {
		for (Path at = Paths.get("").toAbsolutePath(); at != null; at = at.getParent()) {
			Path seeds = at.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout");
	}

	private List<String> targets(SearchRequest request) throws Exception {
		return f.search.search(f.project, request.withLimit(100)).hits().stream().map(SearchHit::target).toList();
	}

	@Test
	void aTaggedStatementIsFoundByTagCountedInTheFacetAndGoneWhenUntagged() throws Exception {
		String first = seeds.get(1).toString();
		String second = seeds.get(3).toString();
		f.project.tag(first, "Disputed claim");
		f.project.tag(second, "disputed  Claim");
		f.project.tag(second, "Khojaly");

		assertEquals(List.of(first, second), sorted(targets(SearchRequest.of("tag:disputed"))));
		assertEquals(List.of(second), targets(SearchRequest.of("tag:khojaly")), "tag: looks at tags, not the text");
		assertEquals(List.of(first, second),
				sorted(targets(SearchRequest.of("Khojaly OR ISESCO OR Azerbaijan").withFilter("tag", "DISPUTED CLAIM"))),
				"the filter takes the whole tag, whatever its case and spacing");

		SearchResult faceted = f.search.search(f.project, SearchRequest.of("tag:disputed OR tag:khojaly").withFacets(true));
		List<FacetCount> tags = faceted.facets().get("tag");
		assertEquals(2, tags.size(), tags.toString());
		assertEquals(2, tags.get(0).count(), "both spellings counted as one tag: " + tags);
		assertEquals(1, tags.get(1).count(), tags.toString());
		assertEquals("khojaly", tags.get(1).value().toLowerCase(Locale.ROOT));

		f.project.untag(first, "Disputed claim");
		assertEquals(List.of(second), targets(SearchRequest.of("tag:disputed")), "untag takes it out at once");
		f.search.reindex(f.project, org.verbatim.index.RebuildProgress.NONE);
		assertEquals(List.of(second), targets(SearchRequest.of("tag:disputed")), "and a rebuild agrees");
		assertEquals(List.of(second), targets(SearchRequest.of("tag:khojaly")), "a rebuild keeps the tags");
	}

	@Test
	void anExcerptIsFoundInTheExcerptsScopeWithOffsetsInItsStatement() throws Exception {
		int seed = 3;
		String text = texts.get(seed);
		int word = text.indexOf("Khojaly");
		assertTrue(word > 0, "the seed names Khojaly");
		int start = text.lastIndexOf('\n', word) + 1;
		int end = text.indexOf('\n', word);
		Excerpt excerpt = f.project.addExcerpt(seeds.get(seed), start, end, Optional.of("check the figures"));

		SearchResult result = f.search.search(f.project, SearchRequest.of("Khojaly").withScope(Scope.EXCERPTS));
		assertEquals(1, result.totalHits(), "only the excerpt");
		SearchHit hit = result.hits().get(0);
		assertEquals(SearchHit.Kind.EXCERPT, hit.kind());
		assertEquals(Optional.of(excerpt.id()), hit.excerpt());
		assertEquals(seeds.get(seed), hit.id(), "an excerpt's hit names its statement");
		assertTrue(!hit.snippets().isEmpty());
		for (Snippet snippet : hit.snippets()) {
			assertTrue(snippet.start() >= start && snippet.end() <= end, "inside the excerpt: " + snippet);
			assertEquals(text.substring(snippet.start(), snippet.end()), snippet.text(), "offsets in the statement's text");
			for (Snippet.Range range : snippet.highlights()) {
				assertEquals("khojaly", text.substring(range.start(), range.end()).toLowerCase(Locale.ROOT));
			}
		}
		assertTrue(hit.snippets().stream().flatMap(s -> s.highlights().stream()).anyMatch(r -> r.start() == word),
				"the word at " + word + " is highlighted");

		List<String> all = targets(SearchRequest.of("Khojaly"));
		assertTrue(all.contains(excerpt.id().toString()) && all.contains(seeds.get(seed).toString()), all.toString());
		assertTrue(!targets(SearchRequest.of("Khojaly").withScope(Scope.STATEMENTS)).contains(excerpt.id().toString()));
		assertEquals(List.of(excerpt.id().toString()), targets(SearchRequest.of("note:figures")), "its note is searchable");

		f.project.tag(excerpt.id().toString(), "quote");
		assertEquals(List.of(excerpt.id().toString()), targets(SearchRequest.of("tag:quote").withScope(Scope.EXCERPTS)));
		f.project.undoLast();
		assertEquals(List.of(), targets(SearchRequest.of("tag:quote")), "undoing the tag takes it off");
		f.project.undoLast();
		assertEquals(0, f.search.search(f.project, SearchRequest.of("Khojaly").withScope(Scope.EXCERPTS)).totalHits(),
				"a withdrawn excerpt is not found");
	}

	@Test
	void anExcerptFollowsAnEditOfItsStatementsMetadata() throws Exception {
		StatementId statement = seeds.get(2);
		String text = texts.get(2);
		int word = text.indexOf("Khojaly");
		f.project.addExcerpt(statement, word, word + "Khojaly".length(), Optional.empty());
		f.project.editMetadata(statement, "publisher", Optional.of("Example Gazette"));
		assertEquals(List.of("E1"),
				targets(SearchRequest.of("publisher:gazette").withScope(Scope.EXCERPTS)),
				"the excerpt carries its statement's new publisher");
	}

	private static List<String> sorted(List<String> ids) {
		return ids.stream().sorted().toList();
	}
}
