package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.ServiceRegistration;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.ui.internal.excerpts.ProjectChanges;

/**
 * A view that follows what is selected in the other parts and the changes of the projects it shows,
 * reading what it shows through one {@link CurrentRead}: the Timeline, the Excerpts and Tags view and
 * the Provenance view. It holds their common plumbing: a tree of list rows, the page's selection
 * listener and the change registration (both removed in {@link #dispose}), focus, and cancelling the
 * read when the view closes.
 */
public abstract class FollowingView extends ViewPart {

	/** The one read the view waits for. */
	protected final CurrentRead read = new CurrentRead();

	private StructuredViewer followingViewer;
	private ISelectionListener selectionListener;
	private Optional<ServiceRegistration<ProjectChangeListener>> changes = Optional.empty();

	/**
	 * A tree of single, full-width rows with a header: its input is the list of top rows and
	 * {@code children} gives each row's children (none: a leaf).
	 */
	protected static TreeViewer createTree(Composite parent, int style, Function<Object, List<?>> children) {
		TreeViewer tree = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | style);
		tree.setUseHashlookup(true);
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {

			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> rows ? rows.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return children.apply(parentElement).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !children.apply(element).isEmpty();
			}
		});
		return tree;
	}

	/**
	 * Starts following: {@link #selected} hears what is selected in every other part of the page,
	 * {@link #projectChanged} the changes of every project; {@code viewer} takes the focus.
	 */
	protected final void follow(StructuredViewer viewer) {
		followingViewer = viewer;
		selectionListener = (part, selection) -> {
			if (part != this) {
				selected(part, selection);
			}
		};
		getSite().getPage().addPostSelectionListener(selectionListener);
		changes = ProjectChanges.followTimed(viewer.getControl().getDisplay(), this::projectChanged);
	}

	/** Something was selected in {@code part}, another part of the page. */
	protected abstract void selected(IWorkbenchPart part, ISelection selection);

	/**
	 * The statements or excerpts of the project in {@code directory} changed; the store told of it at
	 * {@code toldAt} ({@link System#nanoTime()}). Called on the UI thread.
	 */
	protected abstract void projectChanged(Path directory, long toldAt);

	@Override
	public void setFocus() {
		followingViewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (selectionListener != null) {
			getSite().getPage().removePostSelectionListener(selectionListener);
		}
		changes.ifPresent(ServiceRegistration::unregister);
		read.cancel();
		super.dispose();
	}
}
