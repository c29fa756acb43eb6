package org.glossator.ui.editor;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;

/**
 * Opening either file of a document (its text or its annotation file) brings up the editor already open on it: two
 * editors of one document would each hold changes the other's save overwrites, and share the file its unsaved changes
 * are kept in.
 */
public final class SameDocumentMatching implements IEditorMatchingStrategy {

	@Override
	public boolean matches(IEditorReference editorRef, IEditorInput input) {
		try {
			Path wanted = AnnotationEditor.textFileOf(input);
			return wanted != null && wanted.equals(AnnotationEditor.textFileOf(editorRef.getEditorInput()));
		} catch (PartInitException unavailable) {
			return false;
		}
	}
}
