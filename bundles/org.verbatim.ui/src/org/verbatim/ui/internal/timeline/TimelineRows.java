package org.verbatim.ui.internal.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.verbatim.ui.internal.ExplorerTree;
import org.verbatim.ui.internal.RangeNode;
import org.verbatim.ui.internal.StatementGroups;
import org.verbatim.ui.internal.StatementNode;

/**
 * The Timeline's rows for a project's statements: by issue date (year, month, then the statements
 * of that month by day), or by event (events, their names compared ignoring case, in the order of
 * their earliest dated statement, each with its statements by date). Statements without a date, or without an event, are listed apart
 * at the end. A group of more than {@link ExplorerTree#RANGE} statements holds them in ranges
 * ({@link RangeNode}s, cut as the Project Explorer cuts its lists), so that expanding it never makes
 * more than that many tree items at once.
 */
public final class TimelineRows {

	/** The group of statements without an issue date. */
	public static final String UNDATED = "No issue date";
	/** The group of statements that name no event. */
	public static final String NO_EVENT = "No event";

	/** By date first, then undated; within a day, by id. */
	static final Comparator<StatementNode> BY_DATE = Comparator
			.comparing((StatementNode n) -> n.statement().issued().orElse(LocalDate.MAX))
			.thenComparing(n -> n.statement().id().number());

	private TimelineRows() {
	}

	/** How the Timeline arranges statements. */
	public enum Mode {
		/** Year, month, statements. */
		BY_DATE,
		/** Event, statements. */
		BY_EVENT
	}

	/** The top-level rows for {@code statements}. */
	public static List<TimelineGroup> of(List<StatementNode> statements, Mode mode) {
		return mode == Mode.BY_DATE ? byDate(statements) : byEvent(statements);
	}

	private static List<TimelineGroup> byDate(List<StatementNode> statements) {
		Map<Integer, Map<Integer, List<StatementNode>>> years = new TreeMap<>();
		List<StatementNode> undated = new ArrayList<>();
		for (StatementNode node : statements) {
			Optional<LocalDate> issued = node.statement().issued();
			if (issued.isEmpty()) {
				undated.add(node);
			} else {
				years.computeIfAbsent(issued.get().getYear(), y -> new TreeMap<>())
						.computeIfAbsent(issued.get().getMonthValue(), m -> new ArrayList<>()).add(node);
			}
		}
		List<TimelineGroup> rows = new ArrayList<>();
		years.forEach((year, months) -> {
			String yearName = String.format(Locale.ROOT, "%04d", year);
			List<Object> monthRows = new ArrayList<>();
			int count = 0;
			for (Map.Entry<Integer, List<StatementNode>> month : months.entrySet()) {
				List<StatementNode> sorted = month.getValue().stream().sorted(BY_DATE).toList();
				List<String> path = List.of(yearName, StatementGroups.monthLabel(month.getKey()));
				monthRows.add(new TimelineGroup(path, sorted.size(), ranges(path, sorted)));
				count += sorted.size();
			}
			rows.add(new TimelineGroup(List.of(yearName), count, monthRows));
		});
		if (!undated.isEmpty()) {
			rows.add(new TimelineGroup(List.of(UNDATED), undated.size(), ranges(List.of(UNDATED), undated)));
		}
		return rows;
	}

	private static List<TimelineGroup> byEvent(List<StatementNode> statements) {
		// "Khojaly massacre" and "Khojaly Massacre" are one event: by name ignoring case, first spelling shown
		Map<String, String> spelling = new LinkedHashMap<>();
		// sets: a statement naming an event twice counts once, found by hash, not by a list's contains
		Map<String, Set<StatementNode>> events = new LinkedHashMap<>();
		List<StatementNode> none = new ArrayList<>();
		for (StatementNode node : statements) {
			List<String> names = node.statement().eventNames();
			if (names.isEmpty()) {
				none.add(node);
			}
			for (String name : names) {
				String key = name.toLowerCase(Locale.ROOT);
				spelling.putIfAbsent(key, name);
				events.computeIfAbsent(key, n -> new LinkedHashSet<>()).add(node);
			}
		}
		List<TimelineGroup> rows = new ArrayList<>(events.entrySet().stream().map(event -> {
			List<StatementNode> sorted = event.getValue().stream().sorted(BY_DATE).toList();
			List<String> path = List.of(spelling.get(event.getKey()));
			return new TimelineGroup(path, sorted.size(), ranges(path, sorted));
		}).sorted(Comparator.comparing(TimelineRows::earliest).thenComparing(TimelineGroup::name)).toList());
		if (!none.isEmpty()) {
			rows.add(new TimelineGroup(List.of(NO_EVENT), none.size(),
					ranges(List.of(NO_EVENT), none.stream().sorted(BY_DATE).toList())));
		}
		return rows;
	}

	/** {@code statements} as the group's children: as they are, or in ranges when they are many. */
	private static List<Object> ranges(List<String> path, List<StatementNode> statements) {
		if (statements.isEmpty()) {
			return List.of();
		}
		return ExplorerTree.ranges(statements.get(0).projectDirectory(), path, List.<Object>copyOf(statements));
	}

	/** The date of an event's first statement: its children are in {@link #BY_DATE} order, undated last. */
	private static LocalDate earliest(TimelineGroup event) {
		Object first = event.children().get(0);
		StatementNode node = first instanceof RangeNode range ? range.statements().get(0) : (StatementNode) first;
		return node.statement().issued().orElse(LocalDate.MAX);
	}
}
