package org.glossator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;

import org.eclipse.ui.IPageLayout;
import org.glossator.model.Document;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.Test;

/** A closed editor leaves nothing of its document behind: annotators open and close large documents all day. */
class ClosedEditorTest {

	@Test
	void theDocumentOfAClosedEditorIsCollected() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Closed Editor")) {
			WeakReference<Document> document = useAndClose(fixture);
			for (int i = 0; i < 10 && document.get() != null; i++) {
				System.gc();
				EditorFixture.settleFor(100);
			}
			assertNull(document.get(), "nothing holds the document of the closed editor");
		}
	}

	/**
	 * Opens the sample with the Outline and Properties views showing, makes an annotation and undoes it, leaves an
	 * annotation the current one and closes the editor: only a weak reference to the document is left here.
	 */
	private static WeakReference<Document> useAndClose(EditorFixture fixture) throws Exception {
		AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
		EditorFixture.page().showView(IPageLayout.ID_OUTLINE);
		EditorFixture.page().showView(IPageLayout.ID_PROP_SHEET);
		EditorFixture.page().activate(editor);
		int annotations = editor.getDocument().getAnnotations().size();
		int offset = fixture.select("rebel forces", 0, false);
		fixture.text().setSelection(offset, offset + "rebel forces".length());
		fixture.typeKey('o');
		EditorFixture.settle();
		assertEquals(annotations + 1, editor.getDocument().getAnnotations().size());
		fixture.command("org.eclipse.ui.edit.undo");
		fixture.select("Aleppo", 0, false);
		EditorFixture.settle();
		WeakReference<Document> document = new WeakReference<>(editor.getDocument());
		EditorFixture.page().closeEditor(editor, false);
		fixture.editor = null;
		EditorFixture.settle();
		return document;
	}
}
