package org.verbatim.ui.internal.provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.provenance.Lineage;
import org.verbatim.ui.internal.FollowingView;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.ProjectReadJob;
import org.verbatim.ui.internal.excerpts.ExcerptRow;

/**
 * The Provenance view: how the selected statement (in the explorer or the Statement editor) or
 * excerpt (in the Excerpts and Tags view) came to be. The tree holds the same lineage as
 * {@code verbatim prov ID}: where its text lies in the original's bytes, the path from the archived
 * original through decoding and cleaning to the statement (and the excerpt), each with the
 * activities, agents and times that made it, and the records that named it later (tags, edits,
 * exports). The lineage is read by a {@link LineageReadJob}.
 */
public final class ProvenanceView extends FollowingView {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.ui.provenance";

	/** How much of the original's SHA-256 the heading shows; the Original row has all of it. */
	private static final int SHORT_HASH = 12;

	private Label heading;
	private TreeViewer viewer;
	private Subject subject;

	/** What the view shows: an id in a project. */
	private record Subject(Path directory, String id) {
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(page);
		heading = new Label(page, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		heading.setText("Select a statement or an excerpt to see where it came from.");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);

		viewer = createTree(page, SWT.BORDER, element -> ((LineageNode) element).children());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column("Entity, activity or record", 340, LineageNode::label);
		column("Detail", 520, LineageNode::detail);

		follow(viewer);
		// what is selected when the view opens
		IWorkbenchPart active = getSite().getPage().getActivePart();
		if (active != null && active != this) {
			selected(active, getSite().getPage().getSelection());
		}
	}

	private void column(String title, int width, Function<LineageNode, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((LineageNode) element);
			}
		});
	}

	/** A tag, an edit or an export adds to the lineage: read it again. */
	@Override
	protected void projectChanged(Path changed, long toldAt) {
		if (subject != null && changed.equals(subject.directory())) {
			reload();
		}
	}

	@Override
	protected void selected(IWorkbenchPart part, ISelection selection) {
		if (part instanceof StatementEditor editor && editor.getEditorInput() instanceof StatementEditorInput input) {
			show(input.projectDirectory(), input.statementId().toString());
		} else if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof StatementNode node) {
				show(node.projectDirectory(), node.statement().id().toString());
			} else if (first instanceof ExcerptRow row) {
				show(row.projectDirectory(), row.id());
			}
		}
	}

	/** Shows the lineage of {@code id} (such as {@code S1} or {@code E2}) in the project in {@code directory}. */
	public void show(Path directory, String id) {
		Subject next = new Subject(directory.toAbsolutePath().normalize(), id);
		if (next.equals(subject) && read.done()) {
			return;
		}
		subject = next;
		reload();
	}

	/** Reads the shown subject's lineage again, off the UI thread. */
	public void reload() {
		if (subject == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			heading.setText("Provenance cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		setContentDescription("Reading the provenance of " + subject.id() + "\u2026");
		read.start(new LineageReadJob(store, subject.directory(), subject.id()), viewer.getControl(),
				new ProjectReadJob.Delivery<Lineage>() {

					@Override
					public void read(Lineage lineage) {
						showLineage(lineage);
					}

					@Override
					public void failed(String sentence) {
						viewer.setInput(List.of());
						heading.setText(sentence);
						setContentDescription("");
					}
				});
	}

	private void showLineage(Lineage lineage) {
		heading.setText(lineage.subject() + "  lineage of " + lineage.entity() + ", from " + lineage.records().size()
				+ (lineage.records().size() == 1 ? " record" : " records")
				+ lineage.originalSpan().map(span -> "\nOriginal bytes " + span.byteStart() + ".." + span.byteEnd()
						+ " (characters " + span.charStart() + ".." + span.charEnd() + ", " + span.charset() + ") of sha256:"
						+ span.original().sha256().substring(0, SHORT_HASH) + "\u2026").orElse(""));
		List<LineageNode> rows = LineageTree.of(lineage);
		viewer.setInput(rows);
		// the path and the later records open; attributes and removals stay folded
		for (LineageNode row : rows) {
			if (!row.label().equals(LineageTree.REMOVED) && !row.label().equals(LineageTree.ORIGINAL)) {
				viewer.setExpandedState(row, true);
			}
		}
		setContentDescription("");
		heading.getParent().layout(true, true);
	}

	/** The id shown, such as {@code E1}, once its lineage was asked for. */
	public Optional<String> shownId() {
		return Optional.ofNullable(subject).map(Subject::id);
	}

	/** Whether the lineage of the shown id was read (or found missing). */
	public boolean isLoaded() {
		return read.done();
	}

	/** The heading above the tree (for tests). */
	public String heading() {
		return heading.getText();
	}

	/**
	 * Every row of the tree, expanded or not, as {@code label  detail}, each indented by two spaces
	 * per level (for tests).
	 */
	public List<String> shownLines() {
		List<String> lines = new ArrayList<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			lines(item.getData(), "", lines);
		}
		return lines;
	}

	private static void lines(Object element, String indent, List<String> lines) {
		LineageNode node = (LineageNode) element;
		lines.add(indent + node.label() + "  " + node.detail());
		node.children().forEach(child -> lines(child, indent + "  ", lines));
	}
}
