package org.glossator.uima.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.progress.IProgressConstants;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engines.RecommenderRetraining;
import org.glossator.uima.run.PipelineRun;
import org.glossator.uima.ui.pipeline.EditPipelineHandler;
import org.glossator.ui.editor.AnnotationEditor;

/** Starts a corpus's pipeline from the workbench and tells the annotator how it went. */
final class PipelineRuns {

	private PipelineRuns() {
	}

	/**
	 * The engines of a corpus's pipeline.
	 *
	 * @throws CorpusException naming {@code pipeline.xml} and what is wrong with it: not readable, empty, or a step
	 *             whose engine is not installed
	 */
	static List<EngineDescriptor> engines(Path corpusFolder) throws CorpusException {
		Path file = corpusFolder.resolve(CorpusPipeline.FILE);
		CorpusPipeline pipeline = CorpusPipeline.load(corpusFolder);
		if (pipeline.steps().isEmpty()) {
			throw new CorpusException(file, "The corpus " + corpusFolder.getFileName() + " has no pipeline yet: set one up with "
					+ "Pre-annotation > Edit Pipeline\u2026 (it is kept in " + file + ").");
		}
		try {
			return pipeline.engines(new EngineRegistry(Platform.getExtensionRegistry()), corpusFolder);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, file + ": " + e.getMessage(), e);
		}
	}

	/** Tells why a corpus's pipeline cannot run, and offers to edit it. */
	static void cannotRun(Shell shell, Path corpusFolder, CorpusException problem) {
		if (MessageDialog.openQuestion(shell, "Cannot run the pipeline of " + corpusFolder.getFileName(),
				problem.getMessage() + "\n\nEdit the pipeline now?")) {
			EditPipelineHandler.open(shell, corpusFolder);
		}
	}

	/**
	 * Runs the engines on the document of an open editor: the proposals join it as one step on its command stack,
	 * unsaved, so nothing the annotator has not saved yet is overwritten. The recommender is retrained first if due.
	 */
	static void onOpenDocument(AnnotationEditor editor, List<EngineDescriptor> engines, IStatusLineManager statusLine) {
		Display display = editor.getSite().getShell().getDisplay();
		PipelineRun run = PipelineRun.onOpenDocument(editor.getSchema(), editor.getDocument(), editor.getEditingDomain(), display::asyncExec,
				engines);
		report(run, editor.getSite().getShell(), statusLine);
		Path corpusFolder = editor.getCorpusFolder();
		String textPath = editor.getDocument().getTextPath();
		// Taken by the job when it runs: the Progress view keeps a job that failed, and with it what it refers to.
		AtomicReference<PipelineRun> next = new AtomicReference<>(run);
		Job retraining = Job.create("Checking the recommender of " + corpusFolder.getFileName(), monitor -> {
			PipelineRun then = next.getAndSet(null);
			try {
				RecommenderRetraining.retrainIfDue(CorpusStore.open(corpusFolder), engines, monitor);
			} catch (CorpusException | IOException | IllegalArgumentException e) {
				return Status.error("Cannot retrain the recommender before the run, " + textPath + " was not changed: " + e.getMessage(), e);
			}
			then.schedule();
			return Status.OK_STATUS;
		});
		report(retraining, editor.getSite().getShell(), null);
		retraining.schedule();
	}

	/**
	 * Shows the job's progress (with cancel) while it runs, and its outcome when done: problems (each naming its file
	 * and engine) in a dialog, a good outcome in the status line.
	 */
	static void report(Job job, Shell shell, IStatusLineManager statusLine) {
		job.setUser(true);
		// This dialog, not the workbench's, shows what went wrong.
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (shell.isDisposed()) {
					return;
				}
				shell.getDisplay().asyncExec(() -> {
					if (result.matches(IStatus.ERROR | IStatus.WARNING)) {
						ErrorDialog.openError(shell.isDisposed() ? null : shell, job.getName(), null, result);
					} else if (statusLine != null) {
						statusLine.setMessage(result.matches(IStatus.CANCEL) ? job.getName() + ": cancelled." : result.getMessage());
					}
				});
			}
		});
	}
}
