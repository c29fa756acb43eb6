package org.glossator.ui.editor;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells a view which annotation editor to show: the page's active one when the view starts, then each one activated,
 * and none once the one shown closes. Activating another kind of part changes nothing, so that a view keeps showing
 * the document the annotator works on while using the view itself.
 */
public final class AnnotationEditorTracker implements IPartListener2 {

	private final Consumer<AnnotationEditor> show;
	private AnnotationEditor shown;

	/** @param show called with the editor to show from now on, or null */
	public AnnotationEditorTracker(Consumer<AnnotationEditor> show) {
		this.show = show;
	}

	public void start(IWorkbenchPage page) {
		page.addPartListener(this);
		change(page.getActiveEditor() instanceof AnnotationEditor active ? active : null);
	}

	public void stop(IWorkbenchPage page) {
		page.removePartListener(this);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof AnnotationEditor activated && activated != shown) {
			change(activated);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (shown != null && reference.getPart(false) == shown) {
			change(null);
		}
	}

	private void change(AnnotationEditor editor) {
		shown = editor;
		show.accept(editor);
	}
}
