package org.glossator.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glossator.ui.editor.SchemaPaletteView;

/** Corpus on the left, the document in the middle, its annotations and problems around it. */
public class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.glossator.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.75f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout palette = layout.createFolder("palette", IPageLayout.BOTTOM, 0.6f, "right");
		palette.addView(SchemaPaletteView.ID);
	}
}
