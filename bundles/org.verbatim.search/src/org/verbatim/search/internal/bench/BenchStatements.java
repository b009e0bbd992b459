package org.verbatim.search.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Optional;

import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.EventReference;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * A benchmark document as the statement an import would add: its text is its whole original (UTF-8),
 * and its metadata carries the document's speaker, publisher, language, issue date and event, each
 * with evidence naming the benchmark as the rule that set it.
 */
final class BenchStatements {

	/** The rule every generated value is attributed to. */
	static final String RULE = "bench-search:generated";

	private BenchStatements() {
	}

	/** The statement for {@code document}. */
	static NewStatement of(BenchDocument document) {
		StatementMetadata metadata = new StatementMetadata(Optional.of(evidenced(document.title())),
				Optional.of(new Evidenced<>(document.issued(), evidence(document.issued().toString()))), Optional.empty(),
				Optional.empty(),
				List.of(new Speaker(document.speaker(), Optional.of(document.role()), Optional.of(document.organization()),
						evidence(document.speaker()))),
				Optional.of(evidenced(document.publisher())), Optional.of(evidenced(document.language())),
				document.event().map(event -> List.of(new EventReference(event, Optional.empty(), Optional.empty(),
						evidence(event)))).orElse(List.of()),
				Optional.empty());
		return new NewStatement(document.source(), document.text().getBytes(UTF_8), Optional.of(document.title()),
				document.text(), UTF_8.name(), RULE, OffsetMap.identity(document.text().length()), List.of(), metadata,
				Optional.empty());
	}

	private static Evidenced<String> evidenced(String value) {
		return new Evidenced<>(value, evidence(value));
	}

	private static Evidence evidence(String quote) {
		return new Evidence(RULE, quote, Optional.empty());
	}
}
