package org.verbatim.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;

/**
 * One quote in a report with everything needed to cite it and to check it: the exact words with
 * the text around them (a W3C Web Annotation quote selector), where they are in the statement's
 * clean text (a position selector), which characters of which archived original they came from,
 * and who said them, where and when.
 *
 * @param excerpt        the excerpt quoted
 * @param quote          the exact words
 * @param prefix         clean text just before them
 * @param suffix         clean text just after them
 * @param cleanStart     first character of the quote in the statement's clean text
 * @param cleanEnd       one past the last
 * @param statement      the statement it was cut from
 * @param title          the statement's headline
 * @param speaker        who said it, when known
 * @param role           the speaker's role
 * @param organization   the speaker's organization
 * @param publisher      who published the source
 * @param issued         when the statement was issued
 * @param source         where the original was read from (a URL or a file)
 * @param retrievedAt    when the original was first read
 * @param originalSha256 SHA-256 of the archived original's bytes
 * @param originalStart  first character of the quote in the decoded original
 * @param originalEnd    one past the last
 * @param charset        the encoding the original was decoded with
 * @param note           the analyst's note on the excerpt
 * @param tags           the excerpt's tags
 * @param record         the number of the provenance record that made the excerpt
 * @param recordHash     that record's hash
 * @param speakers       everyone the statement names as speaking, in order ({@code speaker} is the
 *                       first), for bibliographies
 * @param language       the statement's language as a BCP 47 tag, when known
 */
public record ReportQuote(ExcerptId excerpt, String quote, String prefix, String suffix, int cleanStart,
		int cleanEnd, StatementId statement, Optional<String> title, Optional<String> speaker, Optional<String> role,
		Optional<String> organization, Optional<String> publisher, Optional<LocalDate> issued, String source,
		Optional<Instant> retrievedAt, String originalSha256, int originalStart, int originalEnd, String charset,
		Optional<String> note, List<String> tags, long record, String recordHash, List<String> speakers,
		Optional<String> language) {

	public ReportQuote {
		Objects.requireNonNull(excerpt, "excerpt");
		Objects.requireNonNull(quote, "quote");
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(suffix, "suffix");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(speaker, "speaker");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(publisher, "publisher");
		Objects.requireNonNull(issued, "issued");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(retrievedAt, "retrievedAt");
		Objects.requireNonNull(originalSha256, "originalSha256");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(note, "note");
		tags = List.copyOf(tags);
		Objects.requireNonNull(recordHash, "recordHash");
		speakers = List.copyOf(speakers);
		Objects.requireNonNull(language, "language");
	}

	/** Who said it, for a citation: "Name, Role, Organization", or the publisher, or the source. */
	public String attribution() {
		if (speaker.isPresent()) {
			StringBuilder out = new StringBuilder(speaker.get());
			role.ifPresent(r -> out.append(", ").append(r));
			organization.ifPresent(o -> out.append(", ").append(o));
			return out.toString();
		}
		return publisher.orElse(source);
	}
}
