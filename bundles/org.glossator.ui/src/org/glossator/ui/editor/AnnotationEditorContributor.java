package org.glossator.ui.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Shows in the status line how many proposals of the active annotation editor's document wait for a decision. */
public class AnnotationEditorContributor extends EditorActionBarContributor {

	private final StatusLineContributionItem pendingProposals = new StatusLineContributionItem("org.glossator.ui.pendingProposals", 18);

	@Override
	public void contributeToStatusLine(IStatusLineManager statusLine) {
		statusLine.add(pendingProposals);
	}

	@Override
	public void setActiveEditor(IEditorPart editor) {
		if (editor instanceof AnnotationEditor annotationEditor) {
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
