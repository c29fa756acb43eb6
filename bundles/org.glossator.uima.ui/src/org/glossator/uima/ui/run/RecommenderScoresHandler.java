package org.glossator.uima.ui.run;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.uima.engines.RecommenderEvaluation;
import org.glossator.uima.engines.RecommenderEvaluation.CrossValidation;

/**
 * Shows how well the recommender learns a corpus (the active editor's, or the one chosen in the Project Explorer):
 * cross-validates it on the accepted annotations of the saved documents in a job, then shows the scores per type.
 */
public class RecommenderScoresHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		// The window's shell, not the active one: the dialog opens when the job is done, and the active shell may be
		// a passing popup by then.
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		Path folder = Corpora.folderOrExplain(event, RecommenderScoresDialog.TITLE);
		if (folder == null) {
			return null;
		}
		CorpusStore store;
		try {
			store = CorpusStore.open(folder);
		} catch (CorpusException e) {
			MessageDialog.openError(shell, "Cannot score the recommender", e.getMessage());
			return null;
		}
		String corpus = folder.getFileName().toString();
		Display display = shell.getDisplay();
		Job job = Job.create("Cross-validating the recommender of " + corpus, monitor -> {
			try {
				CrossValidation validation = RecommenderEvaluation.crossValidate(store, monitor);
				display.asyncExec(() -> new RecommenderScoresDialog(shell.isDisposed() ? null : shell, corpus, validation).open());
				return Status.info(validation.folds() + "-fold cross-validation of the recommender on " + validation.documents() + " documents of " + corpus + " done.");
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IllegalArgumentException e) {
				return Status.warning(e.getMessage());
			} catch (IOException e) {
				return Status.error("Cannot cross-validate the recommender of " + corpus + ": " + e.getMessage(), e);
			}
		});
		PipelineRuns.report(job, shell, null);
		job.schedule();
		return null;
	}
}
