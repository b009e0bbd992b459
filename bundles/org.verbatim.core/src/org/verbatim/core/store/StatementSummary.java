package org.verbatim.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;

/**
 * What lists, groups and timelines show of a statement: its current metadata values and tags,
 * without its text and without evidence, so that a project of a hundred thousand statements can be
 * listed whole (see {@link Project#summaries()}).
 *
 * @param id             the statement's id
 * @param title          its title (the statement's title column, which follows edits of the field)
 * @param source         where the original was read from
 * @param original       the archived original
 * @param importedAt     when the statement entered the project
 * @param publisher      who published it, if that was read or set
 * @param speakers       its speakers, in the order read, with their roles
 * @param events         the names of the events it refers to, in the order read
 * @param issued         when it was issued
 * @param place          where it was issued
 * @param language       its language (a BCP 47 tag)
 * @param tags           its tags, sorted
 * @param retrievalCount how many times its original was read
 * @param lastRetrieval  the newest of those readings
 * @since 1.1
 */
public record StatementSummary(StatementId id, Optional<String> title, String source, OriginalRef original,
		Instant importedAt, Optional<String> publisher, List<SpeakerRole> speakers, List<String> events,
		Optional<LocalDate> issued, Optional<String> place, Optional<String> language, List<String> tags,
		int retrievalCount, Optional<Retrieval> lastRetrieval) {

	public StatementSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(importedAt, "importedAt");
		Objects.requireNonNull(publisher, "publisher");
		speakers = List.copyOf(speakers);
		events = List.copyOf(events);
		Objects.requireNonNull(issued, "issued");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(language, "language");
		tags = List.copyOf(tags);
		Objects.requireNonNull(lastRetrieval, "lastRetrieval");
	}

	/**
	 * A speaker as a summary names them.
	 *
	 * @param name         the name as read (or set by the analyst)
	 * @param role         the role, such as {@code Director General}
	 * @param organization the organisation the role is held in
	 */
	public record SpeakerRole(String name, Optional<String> role, Optional<String> organization) {

		public SpeakerRole {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(organization, "organization");
		}
	}

	/**
	 * The summary of a statement from what the store's other queries return (what
	 * {@link Project#summaries()} must equal for every statement).
	 *
	 * @param retrievals every reading of the statement's original, oldest first
	 */
	public static StatementSummary of(Statement statement, StatementMetadata metadata, List<String> tags,
			List<Retrieval> retrievals) {
		List<SpeakerRole> speakers = new ArrayList<>();
		for (Speaker speaker : metadata.speakers()) {
			speakers.add(new SpeakerRole(speaker.name(), speaker.role(), speaker.organization()));
		}
		return new StatementSummary(statement.id(), statement.title(), statement.source(), statement.original(),
				statement.importedAt(), metadata.publisher().map(Evidenced::value), speakers,
				metadata.events().stream().map(EventReference::name).toList(), metadata.issued().map(Evidenced::value),
				metadata.place().map(Evidenced::value), metadata.language().map(Evidenced::value), tags,
				retrievals.size(), retrievals.isEmpty() ? Optional.empty() : Optional.of(retrievals.getLast()));
	}

	/** The speakers' names, in the order read, without repeats. */
	public List<String> speakerNames() {
		return speakers.stream().map(SpeakerRole::name).distinct().toList();
	}

	/** The names of the events it refers to, without repeats. */
	public List<String> eventNames() {
		return events.stream().distinct().toList();
	}

	/**
	 * How lists name the statement: its title; without one, who published it and when ({@code
	 * News.Az, 2025-02-27}), which tell statements apart better than a file name and are read facts,
	 * where the first words of a text without a headline would pass for a title they are not; with
	 * neither, the last segment of its source.
	 */
	public String label() {
		if (title.isPresent()) {
			return title.get();
		}
		List<String> known = new ArrayList<>();
		publisher.ifPresent(known::add);
		issued.map(LocalDate::toString).ifPresent(known::add);
		if (!known.isEmpty()) {
			return String.join(", ", known);
		}
		int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
		return source.substring(slash + 1);
	}
}
