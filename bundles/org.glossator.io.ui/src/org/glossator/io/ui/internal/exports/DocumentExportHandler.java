package org.glossator.io.ui.internal.exports;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.io.FormatRegistry;
import org.glossator.model.Document;
import org.glossator.ui.editor.AnnotationEditor;

/** Export Document...: the annotation editor's document, as it stands, in one format into a folder, then its losses. */
public final class DocumentExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof AnnotationEditor editor) || !editor.checkAnnotationsLoaded()) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Document document = editor.getDocument();
		Path corpusFolder = corpusFolder(editor);
		DocumentExportDialog dialog = new DocumentExportDialog(shell, FormatRegistry.fromPlatform().formats().stream()
				.filter(format -> format.exporter() != null).toList(), document.getTextPath(),
				corpusFolder.resolveSibling(corpusFolder.getFileName() + "-export"));
		if (dialog.open() != Window.OK) {
			return null;
		}
		if (Outputs.isInUse(dialog.folder()) && !MessageDialog.openQuestion(shell, DocumentExportDialog.TITLE, dialog.folder()
				+ " has files already.\n\nExport into it anyway? Files of the same names are replaced.")) {
			return null;
		}
		// a copy, so that the job reads a fixed state while the user goes on editing
		Document snapshot = EcoreUtil.copy(document);
		snapshot.setText(document.getText());
		new DocumentExportJob(snapshot, editor.getSchema(), dialog.format(), corpusFolder, dialog.folder()).schedule();
		return null;
	}

	/** The folder of the document's corpus, which the editor opened from a file or a file's address. */
	private static Path corpusFolder(AnnotationEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file != null ? file.getParent().getLocation().toFile().toPath()
				: Path.of(((IURIEditorInput) editor.getEditorInput()).getURI()).getParent();
	}
}
