package org.verbatim.ui.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the group nodes the Project Explorer shows under a project for a {@link StatementGrouping}:
 * groups sorted by name (years in order), the unknown group last, statements in id order (by
 * issue date within a month).
 */
public final class StatementGroups {

	private StatementGroups() {
	}

	/** The children of {@code project} under {@code grouping}: groups, or the statements for NONE. */
	public static List<Object> of(ProjectNode project, StatementGrouping grouping) {
		if (grouping == StatementGrouping.NONE) {
			return List.copyOf(project.statements());
		}
		Collator collator = Collator.getInstance(Locale.ROOT);
		collator.setStrength(Collator.SECONDARY);
		// a set per group: a statement under two spellings of one name counts once, found by hash (a
		// list's contains made grouping 100,000 statements take minutes)
		Map<String, Set<StatementNode>> groups = new TreeMap<>(collator);
		// the same sets by exact name: the collator (slow) is asked once per spelling, not per statement
		Map<String, Set<StatementNode>> bySpelling = new HashMap<>();
		List<StatementNode> unknown = new ArrayList<>();
		for (StatementNode node : project.statements()) {
			List<String> keys = grouping.keys(node);
			if (keys.isEmpty()) {
				unknown.add(node);
			}
			for (String key : keys) {
				// keys differing only in case are one group (the collator's): each statement once in it
				bySpelling.computeIfAbsent(key, k -> groups.computeIfAbsent(k, g -> new LinkedHashSet<>())).add(node);
			}
		}
		List<Object> children = new ArrayList<>();
		groups.forEach((name, members) -> children.add(grouping == StatementGrouping.ISSUED
				? byMonth(project, name, members)
				: new GroupNode(project.directory(), List.of(name), members.size(), List.copyOf(members))));
		if (!unknown.isEmpty()) {
			children.add(new GroupNode(project.directory(), List.of(grouping.unknownLabel()), unknown.size(),
					List.copyOf(unknown)));
		}
		return children;
	}

	/** A year's group with a group per month, statements by date within each. */
	private static GroupNode byMonth(ProjectNode project, String year, Set<StatementNode> members) {
		Map<Integer, List<StatementNode>> months = new TreeMap<>();
		for (StatementNode node : members) {
			LocalDate issued = node.statement().issued().orElseThrow();
			months.computeIfAbsent(issued.getMonthValue(), m -> new ArrayList<>()).add(node);
		}
		Map<String, List<StatementNode>> named = new LinkedHashMap<>();
		months.forEach((month, nodes) -> named.put(monthLabel(month), nodes.stream()
				.sorted(Comparator.comparing((StatementNode n) -> n.statement().issued().orElseThrow())).toList()));
		List<Object> children = new ArrayList<>();
		named.forEach((name, nodes) -> children
				.add(new GroupNode(project.directory(), List.of(year, name), nodes.size(), List.copyOf(nodes))));
		return new GroupNode(project.directory(), List.of(year), members.size(), children);
	}

	/** {@code 01 January}: sorts by number, reads as a name. */
	public static String monthLabel(int month) {
		return String.format(Locale.ROOT, "%02d %s", month,
				Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
	}
}
