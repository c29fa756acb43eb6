package org.glossator.ui.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Gives the active annotation editor the action bars all annotation editors share (Undo, Redo, Find), and shows in
 * the status line how many proposals of its document wait for a decision.
 */
public class AnnotationEditorContributor extends EditorActionBarContributor {

	private final StatusLineContributionItem pendingProposals = new StatusLineContributionItem("org.glossator.ui.pendingProposals", 18);

	@Override
	public void contributeToStatusLine(IStatusLineManager statusLine) {
		statusLine.add(pendingProposals);
	}

	@Override
	public void setActiveEditor(IEditorPart editor) {
		if (editor instanceof AnnotationEditor annotationEditor) {
			annotationEditor.takeSharedActions(getActionBars());
			update(annotationEditor);
		}
	}

	void update(AnnotationEditor editor) {
		long pending = editor.getPendingProposalCount();
		pendingProposals.setText(editor.getDocument() == null ? "" : pending == 1 ? "1 proposal to review" : pending + " proposals to review");
	}

	String pendingProposalsText() {
		return pendingProposals.getText();
	}
}
