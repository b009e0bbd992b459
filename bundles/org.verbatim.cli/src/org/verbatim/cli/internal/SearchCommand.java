package org.verbatim.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.verbatim.core.store.Project;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchService;
import org.verbatim.search.Snippet;
import org.verbatim.search.Sort;

/** {@code verbatim search}: full-text search of a project, and its saved searches. */
final class SearchCommand implements Command {

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String summary() {
		return "search a project's statements and excerpts (words, phrases, fields, dates, tags; saved searches)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim search --project DIR [OPTIONS] QUERY...
				       verbatim search --project DIR --save NAME QUERY...
				       verbatim search --project DIR --saved NAME [OPTIONS]
				       verbatim search --project DIR --list-saved

				Finds the statements and excerpts that match QUERY, best first, each with the
				passages that matched ([like this]) and their offsets in the statement's clean
				text (an excerpt is shown as E1 in S3: its offsets are in S3). All words must match;
				case, diacritics, script (Xocalı, Ходжалы) and English word forms do not matter.
				  Khojaly genocide          both words        "Khojaly genocide"     the phrase
				  Khojaly OR Xocalı         either            genocide NOT Khojaly   without
				  "genocide Khojaly"~3      within 3 words    Khojalu~  commemorat*  fuzzy, wildcard
				  publisher:ISESCO  speaker:Altwaijri  event:Khojaly  title:anniversary
				  issued:[2019 TO 2021]  issued:2020-02  language:en  domain:isesco.org
				  tag:disputed  (words of tags)   note:check  (words of excerpt notes)
				More in the README ("Searching").

				Options:
				  --project DIR       the project
				  --limit N           show at most N hits (default 10)
				  --facets            also count speakers, organizations, publishers, years,
				                      languages, tags, events and source domains among all hits
				  --filter DIM=VALUE  only hits with this facet value, e.g. --filter year=2020
				  --sort ORDER        relevance (default), newest or oldest (by issue date)
				  --exact             match exact word forms only (no stemming)
				  --scope SCOPE       all (default), statements or excerpts
				  --tag TAG           only statements and excerpts tagged TAG (the whole tag;
				                      case and spacing do not matter)
				  --save NAME         check QUERY and save it in the project as NAME
				  --saved NAME        run the saved search NAME
				  --list-saved        list the saved searches
				  --json              print the result as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "limit", "sort", "scope", "filter", "tag", "save", "saved");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "facets", "exact", "list-saved");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		String operandQuery = String.join(" ", args.operands()).strip();
		boolean listSaved = args.flag("list-saved");
		Optional<String> saved = args.option("saved");
		Optional<String> save = args.option("save");
		if (listSaved && (!operandQuery.isEmpty() || saved.isPresent() || save.isPresent())) {
			throw new UsageException("search: --list-saved takes no query");
		}
		if (saved.isPresent() && (!operandQuery.isEmpty() || save.isPresent())) {
			throw new UsageException("search: --saved NAME runs a saved query; give no other query");
		}
		if (!listSaved && saved.isEmpty() && operandQuery.isEmpty()) {
			throw new UsageException("search: give a query, e.g. verbatim search --project DIR Khojaly");
		}
		SearchRequest request = request(args, operandQuery.isEmpty() ? "-" : operandQuery);
		return ProjectArguments.withProject(name(), args, console, project -> {
			SearchService search = console.search();
			try {
				if (listSaved) {
					return listSaved(search.savedSearches(project), args, console);
				}
				if (save.isPresent()) {
					search.saveSearch(project, save.get(), operandQuery);
					console.out().println("Saved the search '" + save.get() + "': " + operandQuery);
					return Cli.EXIT_OK;
				}
				SearchRequest toRun = request;
				if (saved.isPresent()) {
					String query = search.savedSearches(project).get(saved.get());
					if (query == null) {
						throw new InputException(project.directory() + " has no saved search '" + saved.get()
								+ "'; list them with --list-saved");
					}
					toRun = new SearchRequest(query, request.limit(), request.sort(), request.facets(), true,
							request.exactForms(), request.scope(), request.filters());
				}
				search.prepare(project, IndexProgress.on(console)).ifPresent(console::problem);
				long start = System.nanoTime();
				SearchResult result = search.search(project, toRun);
				long tookMs = (System.nanoTime() - start) / 1_000_000;
				print(project, toRun, result, tookMs, args.flag("json"), console);
				return Cli.EXIT_OK;
			} catch (SearchException e) {
				throw new InputException(e.getMessage());
			}
		});
	}

	private static SearchRequest request(Arguments args, String query) throws UsageException {
		int limit = SearchRequest.DEFAULT_LIMIT;
		if (args.option("limit").isPresent()) {
			try {
				limit = Integer.parseInt(args.option("limit").get().strip());
			} catch (NumberFormatException e) {
				limit = -1;
			}
			if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
				throw new UsageException("search: --limit must be a number from 1 to " + SearchRequest.MAX_LIMIT);
			}
		}
		Sort sort = switch (args.option("sort").orElse("relevance").toLowerCase(Locale.ROOT)) {
		case "relevance" -> Sort.RELEVANCE;
		case "newest" -> Sort.ISSUED_NEWEST;
		case "oldest" -> Sort.ISSUED_OLDEST;
		default -> throw new UsageException("search: --sort is relevance, newest or oldest");
		};
		Scope scope = switch (args.option("scope").orElse("all").toLowerCase(Locale.ROOT)) {
		case "all" -> Scope.ALL;
		case "statements" -> Scope.STATEMENTS;
		case "excerpts" -> Scope.EXCERPTS;
		default -> throw new UsageException("search: --scope is all, statements or excerpts");
		};
		SearchRequest request = new SearchRequest(query, limit, sort, args.flag("facets"), true, args.flag("exact"), scope,
				Map.of());
		if (args.option("filter").isPresent()) {
			String filter = args.option("filter").get();
			int eq = filter.indexOf('=');
			if (eq <= 0 || eq == filter.length() - 1) {
				throw new UsageException("search: --filter needs DIMENSION=VALUE, e.g. --filter year=2020");
			}
			request = request.withFilter(filter.substring(0, eq).strip().toLowerCase(Locale.ROOT),
					filter.substring(eq + 1).strip());
		}
		if (args.option("tag").isPresent()) {
			String tag = args.option("tag").get().strip();
			if (tag.isEmpty()) {
				throw new UsageException("search: --tag needs a tag, e.g. --tag disputed");
			}
			request = request.withFilter("tag", tag);
		}
		return request;
	}

	private static int listSaved(Map<String, String> saved, Arguments args, Console console) {
		if (args.flag("json")) {
			console.out().println(Json.write(Map.of("saved_searches", saved)));
		} else if (saved.isEmpty()) {
			console.out().println("No saved searches yet; save one with --save NAME QUERY");
		} else {
			int width = saved.keySet().stream().mapToInt(String::length).max().orElse(0);
			saved.forEach((name, query) -> console.out().println(name + " ".repeat(width - name.length() + 2) + query));
		}
		return Cli.EXIT_OK;
	}

	private static void print(Project project, SearchRequest request, SearchResult result, long tookMs, boolean json,
			Console console) {
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("project", project.directory().toString());
			out.put("query", request.query());
			out.put("total_hits", result.totalHits());
			out.put("took_ms", tookMs);
			List<Object> hits = new ArrayList<>();
			for (SearchHit hit : result.hits()) {
				Map<String, Object> h = new LinkedHashMap<>();
				h.put("kind", hit.kind().name().toLowerCase(Locale.ROOT));
				h.put("id", hit.target());
				h.put("statement", hit.id().toString());
				h.put("score", (double) hit.score());
				h.put("label", hit.label());
				h.put("issued", hit.issued().map(Object::toString));
				h.put("snippets", hit.snippets().stream().map(SearchCommand::snippetJson).toList());
				hits.add(h);
			}
			out.put("hits", hits);
			if (request.facets()) {
				Map<String, Object> facets = new LinkedHashMap<>();
				result.facets().forEach((dim, counts) -> facets.put(dim, counts.stream().map(c -> {
					Map<String, Object> value = new LinkedHashMap<>();
					value.put("value", c.value());
					value.put("count", c.count());
					return value;
				}).toList()));
				out.put("facets", facets);
			}
			console.out().println(Json.write(out));
			return;
		}
		console.out().println(String.format(Locale.ROOT, "%,d %s for %s (%d ms)", result.totalHits(),
				what(request.scope(), result.totalHits()), request.query(), tookMs));
		for (SearchHit hit : result.hits()) {
			String id = hit.excerpt().map(e -> e + " in " + hit.id()).orElseGet(() -> hit.id().toString());
			console.out().println(String.format(Locale.ROOT, "%-6s %-10s %s", id,
					hit.issued().map(Object::toString).orElse("-"), hit.label()));
			for (Snippet snippet : hit.snippets()) {
				console.out().println("       " + marked(snippet));
			}
		}
		if (request.facets()) {
			result.facets().forEach((dim, counts) -> {
				if (!counts.isEmpty()) {
					console.out().println(String.format(Locale.ROOT, "%-13s %s", dim + ":",
							counts.stream().map(SearchCommand::facet).collect(Collectors.joining(", "))));
				}
			});
		}
	}

	/** What the hits are, by scope: statements, excerpts, or hits of either kind. */
	private static String what(Scope scope, long count) {
		String word = switch (scope) {
		case STATEMENTS -> "statement";
		case EXCERPTS -> "excerpt";
		case ALL -> "hit";
		};
		return count == 1 ? word : word + "s";
	}

	private static String facet(FacetCount count) {
		return count.value() + " (" + count.count() + ")";
	}

	private static Map<String, Object> snippetJson(Snippet snippet) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("start", snippet.start());
		json.put("end", snippet.end());
		json.put("text", snippet.text());
		json.put("highlights", snippet.highlights().stream().map(r -> List.of(r.start(), r.end())).toList());
		return json;
	}

	/** The snippet on one line, matches in brackets, with its offset. */
	private static String marked(Snippet snippet) {
		StringBuilder line = new StringBuilder();
		int at = 0;
		String text = snippet.text();
		for (Snippet.Range range : snippet.highlights()) {
			int from = range.start() - snippet.start();
			int to = range.end() - snippet.start();
			line.append(text, at, from).append('[').append(text, from, to).append(']');
			at = to;
		}
		line.append(text.substring(at));
		return "@" + snippet.start() + ": " + (snippet.start() > 0 ? "..." : "")
				+ line.toString().replaceAll("\\s+", " ").strip() + "...";
	}
}
