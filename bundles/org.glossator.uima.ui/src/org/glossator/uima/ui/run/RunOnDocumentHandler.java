package org.glossator.uima.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.ui.editor.AnnotationEditor;

/** Runs the corpus's pipeline on the document of the active annotation editor, as one undoable step there. */
public class RunOnDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor && editor.checkAnnotationsLoaded()) {
			try {
				PipelineRuns.onOpenDocument(editor, PipelineRuns.engines(editor.getCorpusFolder()),
						editor.getEditorSite().getActionBars().getStatusLineManager());
			} catch (CorpusException e) {
				PipelineRuns.cannotRun(editor.getSite().getShell(), editor.getCorpusFolder(), e);
			}
		}
		return null;
	}
}
