package org.glossator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.glossator.model.Document;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.Test;

/** A closed editor leaves nothing of its document behind: annotators open and close large documents all day. */
class ClosedEditorTest {

	/** The platform's text editor, which the workbench has too. */
	private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	@Test
	void theDocumentOfAClosedEditorIsCollected() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Closed Editor")) {
			WeakReference<Document> document = useAndClose(fixture);
			assertCollected(document, "nothing holds the document of the closed editor");
		}
	}

	@Test
	void eachOfTwoEditorsUndoesItsOwnStepsAndTheOneClosedWhileTheOtherStaysOpenIsCollected() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Two Editors")) {
			addSecondText(fixture);
			AnnotationEditor first = fixture.open(EditorFixture.SAMPLE_TEXT);
			WeakReference<Document> second = secondEditorBeside(fixture, first);
			assertCollected(second, "nothing holds the document of the editor closed beside the other");
			fixture.command("org.eclipse.ui.edit.redo");
			assertTrue(first.isDirty(), "the first redoes its step");
		}
	}

	@Test
	void anEditorClosedWhileAnEditorOfAnotherKindIsActiveIsCollected() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Closed Beside Another Kind")) {
			addSecondText(fixture);
			fixture.open(EditorFixture.SAMPLE_TEXT);
			WeakReference<Document> second = closedWhileAnotherKindIsActive(fixture);
			assertCollected(second, "the shared action bars, which the first editor keeps, do not hold the second");
		}
	}

	/**
	 * Opens a second document, makes it the active annotation editor, then a plain text editor, and closes the second
	 * while the text editor is active: only a weak reference to its document is left.
	 */
	private static WeakReference<Document> closedWhileAnotherKindIsActive(EditorFixture fixture) throws Exception {
		AnnotationEditor second = fixture.open("second.txt");
		fixture.text().setSelection(0, "Rebels".length());
		fixture.typeKey('o');
		IEditorPart textEditor = IDE.openEditor(EditorFixture.page(), fixture.project.getFile("schema.xmi"), TEXT_EDITOR);
		EditorFixture.settle();
		assertSame(textEditor, EditorFixture.page().getActiveEditor(), textEditor.getClass().getName());
		WeakReference<Document> document = new WeakReference<>(second.getDocument());
		EditorFixture.page().closeEditor(second, false);
		fixture.editor = null;
		// The platform's text editing actions keep the window's last selection until the next one: another part's.
		EditorFixture.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		EditorFixture.settle();
		return document;
	}

	private static void addSecondText(EditorFixture fixture) throws CoreException {
		fixture.project.getFile("second.txt").create(new ByteArrayInputStream("Rebels entered Hama.".getBytes(StandardCharsets.UTF_8)), true,
				null);
	}

	/** Collects garbage until the document is gone, for a second at the most, running the user interface meanwhile. */
	private static void assertCollected(WeakReference<Document> document, String message) {
		for (int i = 0; i < 10 && document.get() != null; i++) {
			System.gc();
			EditorFixture.settleFor(100);
		}
		assertNull(document.get(), message);
	}

	/**
	 * Opens a second document beside the first, makes an annotation in each and undoes them from each, the second
	 * one's first (its editor was made last), then closes the second: only a weak reference to its document is left.
	 */
	private static WeakReference<Document> secondEditorBeside(EditorFixture fixture, AnnotationEditor first) throws Exception {
		int inFirst = first.getDocument().getAnnotations().size();
		AnnotationEditor second = fixture.open("second.txt");
		fixture.text().setSelection(0, "Rebels".length());
		fixture.typeKey('o');
		assertEquals(1, second.getDocument().getAnnotations().size());

		EditorFixture.page().activate(first);
		fixture.editor = first;
		int offset = fixture.select("rebel forces", 0, false);
		fixture.text().setSelection(offset, offset + "rebel forces".length());
		fixture.typeKey('o');
		assertEquals(inFirst + 1, first.getDocument().getAnnotations().size());
		fixture.command("org.eclipse.ui.edit.undo");
		assertEquals(inFirst, first.getDocument().getAnnotations().size(), "Undo in the first editor undoes its step");
		assertEquals(1, second.getDocument().getAnnotations().size(), "and not the second's");

		EditorFixture.page().activate(second);
		fixture.editor = second;
		fixture.command("org.eclipse.ui.edit.undo");
		assertEquals(0, second.getDocument().getAnnotations().size(), "Undo in the second undoes its own");
		WeakReference<Document> document = new WeakReference<>(second.getDocument());
		EditorFixture.page().closeEditor(second, false);
		EditorFixture.page().activate(first);
		fixture.editor = first;
		EditorFixture.settle();
		return document;
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
		PageBookView properties = (PageBookView) EditorFixture.page().findView(IPageLayout.ID_PROP_SHEET);
		assertNotSame(PropertySheetPage.class, properties.getCurrentPage().getClass(), "the editor's own page in the Properties view");
		// A row chosen in the Outline, then the editor active again: the Properties view shows the editor's selection.
		EditorFixture.page().activate(EditorFixture.page().findView(IPageLayout.ID_OUTLINE));
		editor.getAdapter(IContentOutlinePage.class).setSelection(new StructuredSelection(editor.getDocument().getAnnotations().get(3)));
		EditorFixture.settle();
		EditorFixture.page().activate(editor);
		fixture.select("Aleppo", 0, false);
		EditorFixture.settle();
		WeakReference<Document> document = new WeakReference<>(editor.getDocument());
		EditorFixture.page().closeEditor(editor, false);
		fixture.editor = null;
		EditorFixture.settle();
		return document;
	}
}
