package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.verbatim.core.StatementId;

/**
 * The Statement editor's selection as the workbench sees it: a {@link StatementTextSelection} while
 * text is selected in its text page, otherwise empty. It follows the widget's selection events (mouse
 * and keyboard); code that selects text itself calls {@link #update()}.
 */
public final class StatementTextSelectionProvider implements ISelectionProvider {

	private final StyledText text;
	private final Path projectDirectory;
	private final StatementId statement;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection current = StructuredSelection.EMPTY;

	/** Follows the selection of {@code text}, which shows the clean text of {@code statement}. */
	public StatementTextSelectionProvider(StyledText text, Path projectDirectory, StatementId statement) {
		this.text = text;
		this.projectDirectory = projectDirectory;
		this.statement = statement;
		text.addListener(SWT.Selection, event -> update());
		text.addListener(SWT.KeyUp, event -> update());
		text.addListener(SWT.MouseUp, event -> update());
	}

	/** Reads the widget's selection again and tells the listeners when it changed. */
	public void update() {
		if (text.isDisposed()) {
			return;
		}
		Point range = text.getSelectionRange();
		ISelection now = range.y > 0
				? new StatementTextSelection(projectDirectory, statement, range.x, range.x + range.y,
						text.getSelectionText())
				: StructuredSelection.EMPTY;
		if (!now.equals(current)) {
			current = now;
			SelectionChangedEvent event = new SelectionChangedEvent(this, now);
			listeners.forEach(listener -> listener.selectionChanged(event));
		}
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof StatementTextSelection range && range.statement().equals(statement)) {
			int length = text.getCharCount();
			text.setSelection(Math.min(range.start(), length), Math.min(range.end(), length));
			text.showSelection();
			update();
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
