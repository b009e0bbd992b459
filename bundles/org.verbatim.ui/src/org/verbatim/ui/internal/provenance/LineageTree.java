package org.verbatim.ui.internal.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.verbatim.core.Removal;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.provenance.Lineage;
import org.verbatim.provenance.OriginalSpan;

/**
 * Turns a {@link Lineage} into the rows of the Provenance view: the same content as
 * {@code verbatim prov ID} prints, as a tree. First where the text lies in the original, then each
 * entity of the path from the original to the subject with its attributes, what it was derived from
 * and the activities that made it (with who and when), then the records that named it later, and
 * last what cleaning removed.
 */
public final class LineageTree {

	/** The label of the row saying where the subject's text is in the original. */
	public static final String ORIGINAL = "Original";

	/** The label of the row grouping the records that named the subject later. */
	public static final String LATER = "Later records";

	/** The label of the row listing what cleaning removed. */
	public static final String REMOVED = "Removed by cleaning";

	private static final int VALUE_WIDTH = 160;

	private LineageTree() {
	}

	/** The rows for {@code lineage}, top level first. */
	public static List<LineageNode> of(Lineage lineage) {
		List<LineageNode> rows = new ArrayList<>();
		lineage.originalSpan().ifPresent(span -> rows.add(original(span)));
		for (Lineage.Step step : lineage.steps()) {
			List<LineageNode> children = new ArrayList<>();
			step.entity().attributes().forEach((k, v) -> children.add(LineageNode.leaf(k, shorten(v))));
			for (ProvRelation derived : step.derivedFrom()) {
				children.add(LineageNode.leaf(derived.type(), derived.object()));
			}
			step.actions().forEach(action -> children.add(action(action)));
			rows.add(new LineageNode(step.entity().id(), step.entity().type() + ", record " + step.seq(), children));
		}
		if (!lineage.later().isEmpty()) {
			List<LineageNode> later = new ArrayList<>();
			for (Lineage.Later record : lineage.later()) {
				List<LineageNode> actions = record.actions().stream().map(LineageTree::action).toList();
				later.add(new LineageNode("record " + record.record().seq() + "  " + record.record().content().change(),
						record.record().content().at() + "  names " + String.join(", ", record.named()), actions));
			}
			rows.add(new LineageNode(LATER, later.size() + (later.size() == 1 ? " record" : " records"), later));
		}
		List<LineageNode> removed = lineage.removals().stream()
				.map(r -> LineageNode.leaf(r.rule(), removal(r))).toList();
		rows.add(new LineageNode(REMOVED, lineage.removals().size()
				+ (lineage.removals().size() == 1 ? " part" : " parts") + " of the original", removed));
		return rows;
	}

	/** The line saying where the text is in the original, as {@code verbatim prov} prints it. */
	public static String originalLine(OriginalSpan span) {
		return span.original() + ", bytes " + span.byteStart() + ".." + span.byteEnd() + " (characters "
				+ span.charStart() + ".." + span.charEnd() + " decoded as " + span.charset() + ")";
	}

	private static LineageNode original(OriginalSpan span) {
		return new LineageNode(ORIGINAL, originalLine(span),
				List.of(LineageNode.leaf("sha256", span.original().sha256()),
						LineageNode.leaf("bytes", span.byteStart() + ".." + span.byteEnd()),
						LineageNode.leaf("characters", span.charStart() + ".." + span.charEnd()),
						LineageNode.leaf("charset", span.charset())));
	}

	private static LineageNode action(Lineage.Action action) {
		ProvActivity a = action.activity();
		StringBuilder detail = new StringBuilder(a.startedAt().toString());
		if (!a.endedAt().equals(a.startedAt())) {
			detail.append(" to ").append(a.endedAt());
		}
		detail.append("  record ").append(action.seq());
		if (!action.agents().isEmpty()) {
			detail.append("  by ")
					.append(action.agents().stream().map(LineageTree::agent).collect(Collectors.joining(", ")));
		}
		List<LineageNode> attributes = new ArrayList<>();
		for (Map.Entry<String, String> attribute : a.attributes().entrySet()) {
			attributes.add(LineageNode.leaf(attribute.getKey(), shorten(attribute.getValue())));
		}
		String label = a.type() + action.informs().map(informed -> " (informs " + informed + ")").orElse("");
		return new LineageNode(label, detail.toString(), attributes);
	}

	private static String agent(ProvAgent agent) {
		return agent.kind().equals(ProvAgent.ANALYST) ? "analyst " + agent.name()
				: agent.name() + agent.version().map(v -> " " + v).orElse("");
	}

	private static String removal(Removal removal) {
		return "characters " + removal.originalStart() + ".." + removal.originalEnd() + ": " + shorten(removal.text());
	}

	private static String shorten(String value) {
		String line = value.replaceAll("\\s+", " ").strip();
		return line.length() > VALUE_WIDTH ? line.substring(0, VALUE_WIDTH - 1) + "\u2026" : line;
	}
}
