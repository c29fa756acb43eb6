package org.glossator.uima.ui.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Schema;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.ui.run.Corpora;

/** Edit Pipeline…: the {@link PipelineDialog} on the active editor's corpus or the corpus chosen in the Project Explorer. */
public class EditPipelineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Path folder = Corpora.folderOrExplain(event, "Edit Pipeline");
		if (folder != null) {
			open(HandlerUtil.getActiveShell(event), folder);
		}
		return null;
	}

	/**
	 * Opens the pipeline of a corpus folder for editing; a pipeline that cannot be read is named, and the dialog
	 * starts from an empty one that replaces it when saved.
	 *
	 * @return whether a pipeline was saved
	 */
	public static boolean open(Shell shell, Path folder) {
		try {
			Schema schema = CorpusStore.open(folder).corpus().getSchema();
			EngineRegistry registry = new EngineRegistry(Platform.getExtensionRegistry());
			PipelineDialog dialog;
			try {
				dialog = new PipelineDialog(shell, folder, schema, registry, CorpusPipeline.load(folder));
			} catch (CorpusException e) {
				dialog = new PipelineDialog(shell, folder, schema, registry, new CorpusPipeline(List.of()));
				dialog.startsEmptyBecause(e.getMessage() + " Saving replaces it.");
			}
			if (dialog.open() != Window.OK) {
				return false;
			}
			Corpora.refresh(Corpora.container(folder));
			return true;
		} catch (CorpusException e) {
			MessageDialog.openError(shell, PipelineDialog.title(folder), e.getMessage());
			return false;
		}
	}
}
