package org.verbatim.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the Project Explorer groups a project's statements: by nothing, publisher, speaker, event,
 * issue date (year, then month) or tag. A statement with several speakers, events or tags stands
 * in each of their groups; one without a value stands in the {@link #unknownLabel()} group.
 */
public enum StatementGrouping {

	/** Statements directly under their project. */
	NONE("None", node -> List.of()),
	/** By the publisher read from the statement. */
	PUBLISHER("Publisher", node -> node.statement().publisher().stream().toList()),
	/** By each speaker read from the statement. */
	SPEAKER("Speaker", node -> node.statement().speakerNames()),
	/** By each event the statement refers to. */
	EVENT("Event", node -> node.statement().eventNames()),
	/** By the year, then the month, of the issue date. */
	ISSUED("Issued (year \u203a month)", node -> node.statement().issued().map(date -> List.of(year(date.getYear())))
			.orElse(List.of())),
	/** By each of the statement's tags. */
	TAG("Tag", node -> node.statement().tags());

	private final String label;
	private final Function<StatementNode, List<String>> keys;

	StatementGrouping(String label, Function<StatementNode, List<String>> keys) {
		this.label = label;
		this.keys = keys;
	}

	/** {@code 2019}; {@code 0987} (as {@code %04d} would, without formatting 100,000 times). */
	private static String year(int year) {
		String digits = Integer.toString(year);
		return year >= 0 && digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits;
	}

	/** The name the view menu shows. */
	public String label() {
		return label;
	}

	/** The top-level groups the statement belongs to; empty: the unknown group. */
	List<String> keys(StatementNode node) {
		return keys.apply(node);
	}

	/** The name of the group of statements without a value. */
	public String unknownLabel() {
		return this == TAG ? "(no tag)" : "(unknown)";
	}

	/** The grouping saved under {@code name}, or {@link #NONE}. */
	public static StatementGrouping named(String name) {
		return Optional.ofNullable(name).flatMap(n -> List.of(values()).stream().filter(g -> g.name().equals(n)).findFirst())
				.orElse(NONE);
	}
}
