package org.verbatim.ui.internal.search;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** A small popup under the Search view's query field listing the query syntax; Esc or a click away closes it. */
final class SyntaxHelpPopup extends PopupDialog {

	private final Control anchor;

	SyntaxHelpPopup(Control anchor) {
		super(anchor.getShell(), PopupDialog.INFOPOPUP_SHELLSTYLE, true, false, false, false, false, "Query syntax",
				"Esc closes this help");
		this.anchor = anchor;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		text.setFont(JFaceResources.getTextFont());
		text.setText(QuerySyntax.text());
		GridDataFactory.fillDefaults().grab(true, true).hint(640, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected Point getInitialLocation(Point initialSize) {
		return anchor.toDisplay(0, anchor.getSize().y);
	}
}
