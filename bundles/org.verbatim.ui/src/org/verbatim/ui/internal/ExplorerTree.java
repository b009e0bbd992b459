package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Everything the Project Explorer shows under its projects for one {@link StatementGrouping}, built
 * whole off the UI thread (grouping 100,000 statements takes up to seconds) and then handed to the
 * tree: each project's children, every group's children, and lists longer than {@link #RANGE}
 * statements cut into {@link RangeNode}s, so that expanding a project or a group never makes more
 * than {@code RANGE} tree items at once.
 */
public final class ExplorerTree {

	/** The longest list of statements shown as it is; a longer one is shown in ranges of this many. */
	public static final int RANGE = 1000;

	private final List<ProjectNode> projects;
	private final StatementGrouping grouping;
	private final Map<ProjectNode, List<Object>> children;
	/** The parent of every group, range and statement (the first, for a statement in several groups). */
	private final Map<Object, Object> parents;

	private ExplorerTree(List<ProjectNode> projects, StatementGrouping grouping, Map<ProjectNode, List<Object>> children,
			Map<Object, Object> parents) {
		this.projects = List.copyOf(projects);
		this.grouping = grouping;
		this.children = children;
		this.parents = parents;
	}

	/** Nothing read yet. */
	static ExplorerTree empty(StatementGrouping grouping) {
		return new ExplorerTree(List.of(), grouping, Map.of(), Map.of());
	}

	/**
	 * Groups and cuts the statements of {@code projects} (on the calling thread, which should not be
	 * the UI thread); stops with {@link OperationCanceledException} between projects when the
	 * monitor is cancelled.
	 */
	public static ExplorerTree build(List<ProjectNode> projects, StatementGrouping grouping, IProgressMonitor monitor) {
		Map<ProjectNode, List<Object>> children = new HashMap<>();
		Map<Object, Object> parents = new HashMap<>();
		for (ProjectNode project : projects) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (project.problem().isEmpty()) {
				List<Object> kids = new ArrayList<>();
				for (Object kid : StatementGroups.of(project, grouping)) {
					kids.add(kid instanceof GroupNode group ? cut(group) : kid);
				}
				List<Object> shown = ranges(project.directory(), List.of(), kids);
				remember(project, shown, parents);
				children.put(project, shown);
			}
		}
		return new ExplorerTree(projects, grouping, children, parents);
	}

	/** {@code group} with its long lists of statements, its own and its sub-groups', in ranges. */
	private static GroupNode cut(GroupNode group) {
		List<Object> kids = new ArrayList<>();
		for (Object kid : group.children()) {
			kids.add(kid instanceof GroupNode sub ? cut(sub) : kid);
		}
		return new GroupNode(group.projectDirectory(), group.path(), group.count(),
				ranges(group.projectDirectory(), group.path(), kids));
	}

	/**
	 * {@code kids} as they are, or, when they are more than {@link #RANGE} statements, in ranges (the
	 * explorer's lists and the Timeline's, one way of cutting for both).
	 */
	public static List<Object> ranges(Path directory, List<String> path, List<Object> kids) {
		if (kids.size() <= RANGE || !kids.stream().allMatch(StatementNode.class::isInstance)) {
			return kids;
		}
		List<Object> ranges = new ArrayList<>();
		for (int start = 0; start < kids.size(); start += RANGE) {
			List<StatementNode> run = kids.subList(start, Math.min(kids.size(), start + RANGE)).stream()
					.map(StatementNode.class::cast).toList();
			ranges.add(new RangeNode(directory, path, start, run));
		}
		return ranges;
	}

	private static void remember(Object parent, List<?> kids, Map<Object, Object> parents) {
		for (Object kid : kids) {
			parents.putIfAbsent(kid, parent);
			if (kid instanceof GroupNode group) {
				remember(group, group.children(), parents);
			} else if (kid instanceof RangeNode range) {
				remember(range, range.statements(), parents);
			}
		}
	}

	/** The projects the tree was built from. */
	public List<ProjectNode> projects() {
		return projects;
	}

	/** The grouping it was built for. */
	public StatementGrouping grouping() {
		return grouping;
	}

	/** What the explorer shows under {@code project}: groups, ranges or statements. */
	public List<Object> children(ProjectNode project) {
		return children.getOrDefault(project, List.of());
	}

	/** The element {@code element} is shown under, if the tree holds it below a project. */
	Optional<Object> parent(Object element) {
		return Optional.ofNullable(parents.get(element));
	}

	/** The project in {@code directory}, if the tree shows it. */
	Optional<ProjectNode> project(Path directory) {
		return projects.stream().filter(p -> p.directory().equals(directory)).findFirst();
	}
}
