package org.glossator.uima.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.run.PipelineRun;
import org.glossator.ui.editor.AnnotationEditor;

/**
 * Runs each chosen corpus's pipeline on the chosen documents, or on all of them when the corpus itself is chosen, as
 * a job with progress and cancel. A document open in an editor is not run from its file, which the run would
 * overwrite under the editor: it gets its proposals in its editor, as one undoable step, unsaved.
 */
public class RunOnCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Map<IContainer, List<Path>> corpora = Corpora.of(HandlerUtil.getCurrentSelection(event));
		if (corpora.isEmpty()) {
			MessageDialog.openInformation(shell, "Run Pipeline", "Choose a corpus (a project or folder with a schema.xmi) or some of its "
					+ "documents in the Project Explorer first.");
			return null;
		}
		IStatusLineManager statusLine = statusLine(HandlerUtil.getActivePart(event));
		for (Map.Entry<IContainer, List<Path>> corpus : corpora.entrySet()) {
			Path folder = corpus.getKey().getLocation().toPath();
			try {
				run(corpus.getKey(), folder, PipelineRuns.engines(folder), corpus.getValue(), shell, statusLine);
			} catch (CorpusException e) {
				PipelineRuns.cannotRun(shell, folder, e);
			}
		}
		return null;
	}

	private static void run(IContainer container, Path folder, List<EngineDescriptor> engines, List<Path> chosen, Shell shell,
			IStatusLineManager statusLine) throws CorpusException {
		CorpusStore store = CorpusStore.open(folder);
		List<Path> texts = new ArrayList<>(chosen.isEmpty() ? store.textFiles() : chosen);
		List<AnnotationEditor> open = new ArrayList<>();
		for (AnnotationEditor editor : Corpora.openEditors(folder)) {
			if (texts.remove(folder.resolve(editor.getTextFile().getFileName()))) {
				open.add(editor);
			}
		}
		if (!texts.isEmpty()) {
			runOnFiles(container, store, engines, texts, shell, statusLine);
		}
		// An editor still loading gets its run once its annotations are there, as the run on the files must not write
		// its file; if they never come (it closed first, or its file is broken), its file gets a run of its own.
		for (AnnotationEditor editor : open) {
			Path text = folder.resolve(editor.getTextFile().getFileName());
			editor.whenAnnotationsLoaded(() -> PipelineRuns.onOpenDocument(editor, engines, statusLine), () -> {
				try {
					runOnFiles(container, CorpusStore.open(folder), engines, List.of(text), shell, statusLine);
				} catch (CorpusException e) {
					PipelineRuns.cannotRun(shell, folder, e);
				}
			});
		}
	}

	private static void runOnFiles(IContainer container, CorpusStore store, List<EngineDescriptor> engines, List<Path> texts, Shell shell,
			IStatusLineManager statusLine) {
		PipelineRun run = PipelineRun.onCorpus(store, engines, texts);
		PipelineRuns.report(run, shell, statusLine);
		run.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Corpora.refreshLater(container);
			}
		});
		run.schedule();
	}

	private static IStatusLineManager statusLine(IWorkbenchPart part) {
		if (part instanceof IViewPart view) {
			return view.getViewSite().getActionBars().getStatusLineManager();
		}
		return part instanceof AnnotationEditor editor ? editor.getEditorSite().getActionBars().getStatusLineManager() : null;
	}
}
