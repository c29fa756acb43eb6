package org.glossator.uima.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engines.RecommenderAnnotator;
import org.glossator.uima.engines.RecommenderRetraining;
import org.glossator.ui.editor.AnnotationEditor;

/**
 * Retrains the recommender of a corpus (the active editor's, or the one chosen in the Project Explorer) on the
 * accepted annotations of all its saved documents, into the model folder its pipeline names, as a job with progress.
 */
public class RetrainRecommenderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Path folder = Corpora.folderOrExplain(event, "Retrain Recommender");
		if (folder == null) {
			return null;
		}
		try {
			List<EngineDescriptor> engines = PipelineRuns.engines(folder);
			String models = engines.stream().filter(engine -> engine.componentClass() == RecommenderAnnotator.class)
					.map(engine -> engine.parameters().get(RecommenderAnnotator.PARAM_MODELS)).filter(value -> value != null).findFirst()
					.orElseThrow(() -> new CorpusException(folder, "The pipeline of " + folder.getFileName() + " has no recommender with a "
							+ RecommenderAnnotator.PARAM_MODELS + " folder: add the step org.glossator.uima.recommender with Edit Pipeline\u2026 first."));
			CorpusStore store = CorpusStore.open(folder);
			Job job = Job.create("Retraining the recommender of " + folder.getFileName(), monitor -> {
				try {
					RecommenderRetraining.Result result = RecommenderRetraining.retrain(store, Path.of(models), monitor);
					Corpora.refresh(Corpora.container(folder));
					MultiStatus status = new MultiStatus(getClass(), 0, "The recommender of " + folder.getFileName() + " learnt from "
							+ result.decisions() + " decisions (saved documents only).");
					result.unreadable().forEach(problem -> status.add(Status.warning("Left out: " + problem)));
					return status;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException e) {
					return Status.error("Cannot retrain the recommender into " + models + ", the previous models are unchanged: " + e.getMessage(), e);
				}
			});
			PipelineRuns.report(job, shell, HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor
					? editor.getEditorSite().getActionBars().getStatusLineManager() : null);
			job.schedule();
		} catch (CorpusException e) {
			MessageDialog.openError(shell, "Cannot retrain the recommender", e.getMessage());
		}
		return null;
	}
}
