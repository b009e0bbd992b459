package org.verbatim.cli.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.Sha256;
import org.verbatim.importer.ExtractedDocument;
import org.verbatim.importer.ImportFailure;
import org.verbatim.importer.ImportOptions;

/** {@code verbatim extract}: the clean text and metadata of one document, without a project. */
final class ExtractCommand implements Command {

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public String summary() {
		return "print the clean text and metadata of one file or URL (no project)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim extract [--charset NAME] [--removed] [--json] FILE|URL

				Reads one document the way 'import' does (decoding, cleaning page furniture,
				reading title, dates, place, speakers, publisher, language and events with
				their evidence) and prints the result without storing anything: for scripts
				and evaluation.

				Options:
				  --charset NAME   decode with this encoding instead of what the document
				                   declares or detection
				  --removed        also list what cleaning removed, by rule
				  --json           print one JSON object: source, sha256, charset and rule,
				                   media type, text, metadata, removals, offsets, retrieval
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("charset");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "removed");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.size() != 1) {
			throw new UsageException("extract: name exactly one file or URL");
		}
		ExtractedDocument document;
		try {
			document = console.importer().extract(operands.get(0), new ImportOptions(charset(args)));
		} catch (ImportFailure e) {
			throw new InputException(e.getMessage());
		}
		if (args.flag("json")) {
			console.out().println(Json.write(json(document)));
		} else {
			StringBuilder out = new StringBuilder();
			MetadataFormat.lines(document.extraction().metadata()).forEach(l -> out.append(l).append('\n'));
			out.append("Encoding:  ").append(document.document().charset()).append(" (")
					.append(document.document().charsetRule()).append(")\n");
			out.append("Type:      ").append(document.document().mediaType()).append('\n');
			out.append("Removed:   ").append(document.extraction().removals().size()).append(" parts by cleaning\n");
			if (args.flag("removed")) {
				MetadataFormat.removalLines(document.extraction().removals()).forEach(l -> out.append(l).append('\n'));
			}
			out.append('\n').append(document.extraction().cleanText()).append('\n');
			console.out().print(out);
		}
		return Cli.EXIT_OK;
	}

	static Optional<Charset> charset(Arguments args) throws UsageException {
		Optional<String> name = args.option("charset");
		if (name.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Charset.forName(name.get()));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new UsageException("unknown encoding '" + name.get() + "' (try UTF-8, windows-1252, ISO-8859-1, UTF-16)");
		}
	}

	private static Map<String, Object> json(ExtractedDocument d) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("source", d.source());
		json.put("sha256", Sha256.hex(d.original()));
		json.put("bytes", d.original().length);
		json.put("charset", d.document().charset());
		json.put("charset_rule", d.document().charsetRule());
		json.put("media_type", d.document().mediaType());
		json.put("text", d.extraction().cleanText());
		json.put("metadata", MetadataFormat.json(d.extraction().metadata()));
		json.put("removals", MetadataFormat.removalsJson(d.extraction().removals()));
		json.put("offsets", d.extraction().offsets().runs().stream().map(r -> {
			Map<String, Object> run = new LinkedHashMap<>();
			run.put("clean_start", r.cleanStart());
			run.put("clean_end", r.cleanEnd());
			run.put("original_start", r.originalStart());
			run.put("original_end", r.originalEnd());
			run.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
			return run;
		}).toList());
		json.put("retrieval", d.retrieval().map(r -> MetadataFormat.retrievalsJson(List.of(r)).get(0)));
		return json;
	}
}
