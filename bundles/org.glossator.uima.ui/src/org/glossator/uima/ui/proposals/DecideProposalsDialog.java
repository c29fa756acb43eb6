package org.glossator.uima.ui.proposals;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.glossator.core.edit.TextRange;
import org.glossator.ui.editor.AnnotationEditor;

/**
 * Chooses the proposals a bulk accept or reject decides: type (or all), engine (or all), minimum confidence, and
 * the selected text or the whole document, telling how many match before the annotator confirms.
 */
final class DecideProposalsDialog extends Dialog {

	private final AnnotationEditor editor;
	private final boolean accept;
	/** The editor's selection when the dialog opened, or null if nothing was selected. */
	private final TextRange selection;
	private ProposalFilterControls filters;
	private Button inSelection;
	private Button inDocument;
	private Label matching;
	private ProposalFilter chosen;

	DecideProposalsDialog(Shell shell, AnnotationEditor editor, boolean accept) {
		super(shell);
		this.editor = editor;
		this.accept = accept;
		Point range = editor.getTextWidget().getSelectionRange();
		this.selection = range.y > 0 ? new TextRange(range.x, range.x + range.y) : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(accept));
	}

	static String title(boolean accept) {
		return accept ? "Accept Proposals" : "Reject Proposals";
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		filters = new ProposalFilterControls(area, this::update);
		filters.setChoices(editor.getSchema(), ProposalFilterControls.enginesOf(editor.getDocument()));
		new Label(area, SWT.NONE).setText("Scope:");
		Composite scope = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(scope);
		inSelection = new Button(scope, SWT.RADIO);
		inSelection.setText("&Selected text");
		inSelection.setEnabled(selection != null);
		inDocument = new Button(scope, SWT.RADIO);
		inDocument.setText("Whole &document");
		(selection != null ? inSelection : inDocument).setSelection(true);
		inSelection.addListener(SWT.Selection, event -> update());
		inDocument.addListener(SWT.Selection, event -> update());
		matching = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(matching);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	/** Counts what the choices select, and names the count on the OK button. */
	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (matching == null || ok == null) {
			return;
		}
		ProposalFilter filter = filters.filter(inSelection.getSelection() ? selection : null);
		long count = editor.getDocument().getAnnotations().stream().filter(filter).count();
		matching.setText(count + (count == 1 ? " proposal matches." : " proposals match."));
		ok.setText((accept ? "&Accept " : "&Reject ") + count);
		ok.setEnabled(count > 0);
		ok.getParent().layout();
		chosen = filter;
	}

	/** The filter chosen when the dialog closed with OK. */
	ProposalFilter chosen() {
		return chosen;
	}
}
