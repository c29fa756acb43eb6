package org.glossator.ui.editor;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells a view which annotation editor to show: the page's active one when the view starts, then each one activated,
 * and none once the one shown closes. Activating another kind of part changes nothing, so that a view keeps showing
 * the document the annotator works on while using the view itself. An editor whose annotations are still loading is
 * shown once they are there (none until then), so that views always find its document.
 */
public final class AnnotationEditorTracker implements IPartListener2 {

	private final Consumer<AnnotationEditor> show;
	private AnnotationEditor shown;
	private boolean started;
	/** The editors whose annotations this tracker waits for: once each, however often they are activated meanwhile. */
	private final Set<AnnotationEditor> waitingFor = new HashSet<>();

	/** @param show called with the editor to show from now on, or null */
	public AnnotationEditorTracker(Consumer<AnnotationEditor> show) {
		this.show = show;
	}

	public void start(IWorkbenchPage page) {
		started = true;
		page.addPartListener(this);
		change(page.getActiveEditor() instanceof AnnotationEditor active ? active : null);
	}

	public void stop(IWorkbenchPage page) {
		started = false;
		waitingFor.clear();
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
		waitingFor.remove(reference.getPart(false));
		if (shown != null && reference.getPart(false) == shown) {
			change(null);
		}
	}

	private void change(AnnotationEditor editor) {
		shown = editor;
		if (editor != null && editor.getDocument() == null) {
			show.accept(null);
			if (waitingFor.add(editor)) {
				editor.whenAnnotationsLoaded(() -> {
					waitingFor.remove(editor);
					if (started && shown == editor) {
						show.accept(editor);
					}
				});
			}
		} else {
			show.accept(editor);
		}
	}
}
