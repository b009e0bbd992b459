package org.verbatim.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * What the explorer's groups, the Timeline and the Properties view know of a statement besides its
 * text: its metadata, tags and retrievals, read with the statement by a job so that no part reads
 * the store on the UI thread.
 *
 * @param metadata   what was read out of the statement
 * @param tags       the statement's tags, sorted
 * @param retrievals every time its original was read, oldest first
 */
public record StatementFacts(StatementMetadata metadata, List<String> tags, List<Retrieval> retrievals) {

	/** Facts of a statement nothing is known about (yet). */
	public static final StatementFacts UNKNOWN = new StatementFacts(StatementMetadata.empty(), List.of(), List.of());

	public StatementFacts {
		Objects.requireNonNull(metadata, "metadata");
		tags = List.copyOf(tags);
		retrievals = List.copyOf(retrievals);
	}

	/** When the statement was issued, if that was read. */
	public Optional<LocalDate> issued() {
		return metadata.issued().map(Evidenced::value);
	}

	/** Who published it, if that was read. */
	public Optional<String> publisher() {
		return metadata.publisher().map(Evidenced::value);
	}

	/** The speakers' names, in the order read, without repeats. */
	public List<String> speakerNames() {
		return metadata.speakers().stream().map(Speaker::name).distinct().toList();
	}

	/** The names of the events it refers to, without repeats. */
	public List<String> eventNames() {
		return metadata.events().stream().map(EventReference::name).distinct().toList();
	}
}
