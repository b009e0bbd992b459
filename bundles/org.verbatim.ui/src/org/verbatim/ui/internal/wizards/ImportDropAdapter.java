package org.verbatim.ui.internal.wizards;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.dnd.URLTransfer;
import org.eclipse.ui.IWorkbench;
import org.verbatim.ui.internal.GroupNode;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementNode;

/**
 * Files, folders and links dropped on a project in the Project Explorer (or anywhere in it when it
 * shows one project) start the Import wizard's {@link ImportJob} with them, which ends with the
 * same summary. Files come as {@link FileTransfer} (a file manager's {@code text/uri-list}), links
 * as {@link URLTransfer} or as text (a browser's address bar): one source a line, {@code file:}
 * URIs read as paths, {@code #} lines (uri-list comments) skipped.
 */
public final class ImportDropAdapter extends ViewerDropAdapter {

	/** What the explorer accepts. */
	public static final Transfer[] TRANSFERS = { FileTransfer.getInstance(), URLTransfer.getInstance(),
			TextTransfer.getInstance() };

	private static final String TITLE = "Import by Drag and Drop";

	private final IWorkbench workbench;

	/** A drop adapter for the explorer's tree; add it with {@link #TRANSFERS}. */
	public ImportDropAdapter(TreeViewer viewer, IWorkbench workbench) {
		super(viewer);
		this.workbench = workbench;
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		return project(target).isPresent();
	}

	@Override
	public boolean performDrop(Object data) {
		return drop(getCurrentTarget(), data);
	}

	/**
	 * What a drop of {@code data} (a {@code String[]} of paths or a {@code String} of lines) on
	 * {@code target} (a tree element, or {@code null} for the empty part of the tree) does: starts an
	 * import into the target's project, or says in one sentence why not.
	 *
	 * @return whether an import was started
	 */
	public boolean drop(Object target, Object data) {
		Optional<Path> project = project(target);
		if (project.isEmpty()) {
			MessageDialog.openError(getViewer().getControl().getShell(), TITLE,
					"Drop the files or links on the project to import them into: the explorer shows "
							+ projects().size() + " projects.");
			return false;
		}
		List<String> sources = sources(data);
		if (sources.isEmpty()) {
			MessageDialog.openError(getViewer().getControl().getShell(), TITLE,
					"Nothing that was dropped can be imported: drop files, folders or http(s) links.");
			return false;
		}
		ImportJob.of(workbench, project.get(), sources).schedule();
		return true;
	}

	/** The project a drop on {@code target} imports into. */
	Optional<Path> project(Object target) {
		if (target instanceof ProjectNode project) {
			return project.problem().isEmpty() ? Optional.of(project.directory()) : Optional.empty();
		}
		if (target instanceof GroupNode group) {
			return Optional.of(group.projectDirectory());
		}
		if (target instanceof StatementNode statement) {
			return Optional.of(statement.projectDirectory());
		}
		List<ProjectNode> readable = projects().stream().filter(p -> p.problem().isEmpty()).toList();
		return target == null && readable.size() == 1 ? Optional.of(readable.get(0).directory()) : Optional.empty();
	}

	private List<ProjectNode> projects() {
		return getViewer().getInput() instanceof List<?> list
				? list.stream().filter(ProjectNode.class::isInstance).map(ProjectNode.class::cast).toList()
				: List.of();
	}

	/**
	 * The sources in dropped data: paths as given, lines of text that are http(s) links, {@code file:}
	 * URIs or absolute paths of existing files; anything else (a link's title line, prose) is left out.
	 */
	public static List<String> sources(Object data) {
		List<String> sources = new ArrayList<>();
		if (data instanceof String[] paths) {
			for (String path : paths) {
				if (path != null && !path.isBlank()) {
					sources.add(path);
				}
			}
		} else if (data instanceof String text) {
			for (String line : text.split("\\R")) {
				source(line.strip()).ifPresent(sources::add);
			}
		}
		return sources;
	}

	private static Optional<String> source(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		if (line.isEmpty() || line.startsWith("#")) {
			return Optional.empty();
		}
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			return Optional.of(line);
		}
		try {
			if (lower.startsWith("file:")) {
				return Optional.of(Path.of(URI.create(line)).toString());
			}
			Path path = Path.of(line);
			return path.isAbsolute() && Files.exists(path) ? Optional.of(line) : Optional.empty();
		} catch (IllegalArgumentException e) {
			// not a URI or not a path (InvalidPathException is one too): not a source
			return Optional.empty();
		}
	}
}
