package org.glossator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.ui.editor.AnnotationEditor;
import org.glossator.ui.editor.SchemaPaletteView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor shows the text first and its annotations once they are loaded in the background. To catch it while it
 * loads, each test holds the workspace rule of the project: the load waits for it to put the store's findings into
 * the Problems view, before it hands the annotations over.
 */
class LoadingAnnotationsTest {

	private static final String SAMPLE_ANNOTATIONS = "000_99a4f567e82471d6.glossator";
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listenToTheLog() {
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(logListener);
	}

	@Test
	void keysAndCommandsWhileTheAnnotationsLoadChangeNothingAndSaySo() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Keys While Loading")) {
			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading(EditorFixture.SAMPLE_TEXT);
				EditorFixture.settleFor(300);
				assertTrue(editor.isLoadingAnnotations());
				assertNull(editor.getDocument());
				String text = fixture.text().getText();
				assertEquals(Files.readString(Path.of(fixture.project.getFile(EditorFixture.SAMPLE_TEXT).getLocationURI())), text,
						"the text shows at once");
				assertTrue(EditorFixture.statusLine().contains("Loading the annotations"), EditorFixture.statusLine());

				int damasco = text.indexOf("Damasco");
				fixture.text().setFocus();
				fixture.text().setSelection(damasco, damasco + "Damasco".length());
				fixture.typeKey('g');
				assertTrue(EditorFixture.statusLine().contains("Annotations are still loading."), EditorFixture.statusLine());
				fixture.command("org.glossator.ui.nextAnnotation");
				fixture.command("org.glossator.ui.rejectOrDelete");
				fixture.text().setSelection(damasco + 2);
				fixture.typeKey('p');

				assertTrue(editor.isLoadingAnnotations(), "the load still waits for the rule");
				assertEquals(0, outlineRows(), "the Outline lists nothing yet");
				assertEquals("No annotation editor is active.", palette().getContentDescription(), "views attach once the annotations are there");
				assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command ran");
				assertFalse(editor.isDirty());
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);

			assertNotNull(editor.getDocument());
			assertEquals(60, editor.getDocument().getAnnotations().size(), "the annotations of the file, none made by the keys");
			assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
			assertFalse(editor.isDirty());
			assertEquals(60, outlineRows(), "the Outline lists them once they are there");
			assertEquals(editor.getSchema().getName(), palette().getContentDescription());
			assertNotNull(editor.getStyleAt(editor.getDocument().getText().indexOf("Damasco")), "and the editor draws them");
			assertFalse(EditorFixture.statusLine().contains("Loading"), EditorFixture.statusLine());
			assertTrue(logged.isEmpty(), logged.toString());
		}
	}

	@Test
	void aBrokenAnnotationFileOpensAsAMessageNamingTheFileAndStaysAsItWas() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Broken Annotations")) {
			IFile annotations = fixture.project.getFile(SAMPLE_ANNOTATIONS);
			Path file = Path.of(annotations.getLocationURI());
			String xmi = Files.readString(file, StandardCharsets.UTF_8);
			byte[] broken = xmi.substring(0, xmi.length() / 2).getBytes(StandardCharsets.UTF_8);
			Files.write(file, broken);
			annotations.refreshLocal(0, null);

			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);

			assertFalse(editor.isLoadingAnnotations());
			assertNull(editor.getDocument(), "no half-loaded document");
			String shown = EditorFixture.textsIn(editor.getSite().getShell(), Text.class);
			assertTrue(shown.contains("Cannot read " + file + ": line "), "the message names the file and the line: " + shown);
			fixture.command("org.glossator.ui.nextAnnotation");
			assertTrue(EditorFixture.statusLine().contains("The annotations could not be loaded"), EditorFixture.statusLine());
			assertFalse(editor.isDirty(), "nothing to save");
			Screenshots.take(editor.getSite().getShell(), "broken-annotations");
			EditorFixture.page().closeEditor(editor, true);
			EditorFixture.settle();
			assertArrayEquals(broken, Files.readAllBytes(file), "the file is left as it was");
		}
	}

	@Test
	void aTextThatIsNotUtf8OpensAsTheWorkbenchsMessageAndTheEditorClosesCleanly() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Not UTF-8")) {
			IFile latin = fixture.project.getFile("latin.txt");
			latin.create(new ByteArrayInputStream("Caf\u00e9 en Alepo".getBytes(StandardCharsets.ISO_8859_1)), true, null);
			IEditorPart part = IDE.openEditor(EditorFixture.page(), latin, AnnotationEditor.ID);
			EditorFixture.settle();
			assertFalse(part instanceof AnnotationEditor, "the workbench shows why in place of the editor: " + part);
			EditorFixture.page().closeEditor(part, false);
			EditorFixture.settle();
			// The workbench disposes of the editor whose init failed: that must not fail (it logged an NPE once).
			assertTrue(logged.stream().flatMap(LoadingAnnotationsTest::withChildren).noneMatch(status -> status.getException() instanceof NullPointerException),
					logged.toString());
		}
	}

	private static Stream<IStatus> withChildren(IStatus status) {
		return Stream.concat(Stream.of(status), Arrays.stream(status.getChildren()).flatMap(LoadingAnnotationsTest::withChildren));
	}

	@Test
	void closingTheEditorWhileItsAnnotationsLoadDropsThemQuietly() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Closing While Loading")) {
			Path file = Path.of(fixture.project.getFile(SAMPLE_ANNOTATIONS).getLocationURI());
			byte[] before = Files.readAllBytes(file);
			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading(EditorFixture.SAMPLE_TEXT);
				EditorFixture.settle();
				assertTrue(editor.isLoadingAnnotations());
				assertTrue(EditorFixture.page().closeEditor(editor, true), "closed without asking to save");
				EditorFixture.settle();
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			Job.getJobManager().join(AnnotationEditor.LOADING_FAMILY, null);
			EditorFixture.settleFor(200);

			assertNull(editor.getDocument(), "the annotations that arrived after closing are not installed");
			assertFalse(editor.isLoadingAnnotations());
			assertEquals(0, EditorFixture.page().getEditorReferences().length);
			assertArrayEquals(before, Files.readAllBytes(file));
			assertTrue(logged.isEmpty(), logged.toString());

			// The same document opens again as usual.
			AnnotationEditor again = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertEquals(60, again.getDocument().getAnnotations().size());
		}
	}

	@Test
	void linesLaidOutWhileTheAnnotationsLoadedAreDrawnWithThemWhenScrolledTo() throws Exception {
		StringBuilder lines = new StringBuilder();
		for (int i = 1; i <= 200; i++) {
			lines.append(i == 120 ? "Line 120 names Homs.\n" : "Line " + i + " names nothing.\n");
		}
		try (EditorFixture fixture = EditorFixture.withText("Below The Screen", "long.txt", lines.toString())) {
			AnnotationEditor first = fixture.open("long.txt");
			int homs = lines.indexOf("Homs");
			fixture.text().setSelection(homs, homs + 4);
			fixture.typeKey('g');
			fixture.command("org.eclipse.ui.file.save");
			EditorFixture.page().closeEditor(first, false);

			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading("long.txt");
				// Meanwhile StyledText measures every line, laying out those it keeps for painting as well.
				EditorFixture.settleFor(500);
				assertTrue(editor.isLoadingAnnotations());
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);
			StyledText text = fixture.text();
			boolean[] painted = { false };
			text.addPaintListener(event -> painted[0] = true);
			// Homs's line third from the top: laid out while loading, kept by StyledText since, now on screen.
			text.setTopIndex(117);
			long deadline = System.currentTimeMillis() + 10_000;
			while (!painted[0] && System.currentTimeMillis() < deadline) {
				EditorFixture.settleFor(20);
			}

			RGB tint = editor.getStyleAt(homs).background.getRGB();
			assertTrue(pixelsOf(text, text.getTextBounds(homs, homs + 3)).contains(tint), "Homs is drawn on its type's tint");
			assertFalse(pixelsOf(text, text.getTextBounds(homs - 7, homs - 2)).contains(tint), "the words before it are not");
		}
	}

	@Test
	void aLargeDocumentShowsTheAnnotationsAtTheStartOfItsTextWhileTheRestLoad() throws Exception {
		String text = EditorFixture.LARGE_TEXT;
		try (EditorFixture fixture = EditorFixture.withText("Preview While Loading", "large.txt", text)) {
			Path folder = fixture.saveLargeDocument();
			try (Stream<Path> previews = Files.list(CorpusLayout.previewFolderOf(folder))) {
				assertEquals(1, previews.count(), "the annotation file is large enough for the store to keep a preview");
			}
			int homs = text.indexOf("Homs");
			int farHoms = text.indexOf("Homs", CorpusStore.PREVIEW_CHARS + EditorFixture.LARGE_TEXT_LINE.length());

			AnnotationEditor editor;
			RGB previewTint;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading("large.txt");
				long deadline = System.currentTimeMillis() + 10_000;
				while (!editor.isShowingPreview() && System.currentTimeMillis() < deadline) {
					EditorFixture.settleFor(20);
				}
				assertTrue(editor.isShowingPreview(), "the preview shows while the load waits for the rule");
				assertTrue(editor.isLoadingAnnotations());
				assertNull(editor.getDocument(), "no document to edit yet");
				assertNotNull(editor.getStyleAt(homs), "Homs is drawn");
				previewTint = editor.getStyleAt(homs).background.getRGB();
				assertNull(editor.getStyleAt(farHoms), "only the start of the text has its annotations yet");

				fixture.text().setFocus();
				fixture.text().setSelection(homs + 1);
				EditorFixture.settle();
				assertNull(editor.getCurrentAnnotation(), "a preview's annotation is never the current one");
				assertTrue(editor.getSite().getSelectionProvider().getSelection().isEmpty(), "nor offered to the views");
				int damasco = text.indexOf("Damasco", homs);
				fixture.text().setSelection(damasco + 1);
				fixture.command("org.glossator.ui.rejectOrDelete");
				fixture.typeKey('p');
				assertTrue(EditorFixture.statusLine().contains("Annotations are still loading."), EditorFixture.statusLine());
				assertFalse(editor.isDirty());
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);

			assertFalse(editor.isShowingPreview());
			assertEquals(20_000, editor.getDocument().getAnnotations().size(), "every annotation of the file, none changed by the keys");
			assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
			fixture.text().setSelection(homs + 1);
			EditorFixture.settle();
			assertEquals("T1", editor.getCurrentAnnotation().getId(), "the loaded annotations are the current ones");
			assertEquals(previewTint, editor.getStyleAt(homs).background.getRGB(), "drawn as in the preview");
			fixture.text().setTopIndex(fixture.text().getLineAtOffset(farHoms));
			EditorFixture.settle();
			assertNotNull(editor.getStyleAt(farHoms), "and all are drawn");
			assertTrue(logged.isEmpty(), logged.toString());
		}
	}

	@Test
	void theEditorWritesTheMissingPreviewOfALargeDocumentItLoadsForItsNextOpen() throws Exception {
		try (EditorFixture fixture = EditorFixture.withText("Preview Written On Open", "large.txt", EditorFixture.LARGE_TEXT)) {
			Path previews = CorpusLayout.previewFolderOf(fixture.saveLargeDocument());
			// As after an import, which writes annotation files without previews.
			try (Stream<Path> files = Files.list(previews)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			AnnotationEditor first = fixture.open("large.txt");
			assertEquals(20_000, first.getDocument().getAnnotations().size());
			try (Stream<Path> files = Files.list(previews)) {
				assertEquals(1, files.count(), "written by the editor's load");
			}
			EditorFixture.page().closeEditor(first, false);

			AnnotationEditor again;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				again = fixture.openLoading("large.txt");
				EditorFixture.settle();
				assertTrue(again.isShowingPreview(), "the next open shows it while the load waits for the rule");
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(again);
			assertFalse(again.isShowingPreview());
			assertTrue(logged.isEmpty(), logged.toString());
		}
	}

	/** The colours on screen in an area of a control. */
	private static Set<RGB> pixelsOf(Control control, Rectangle area) {
		Display display = control.getDisplay();
		Point origin = control.toDisplay(area.x, area.y);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageData data = image.getImageData();
			Set<RGB> colours = new HashSet<>();
			for (int x = 0; x < area.width; x++) {
				for (int y = 0; y < area.height; y++) {
					colours.add(data.palette.getRGB(data.getPixel(x, y)));
				}
			}
			return colours;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The rows of the Outline view's table, which shows the active editor's annotations. */
	private static int outlineRows() throws Exception {
		ContentOutline outline = (ContentOutline) EditorFixture.page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
		EditorFixture.settle();
		Table table = (Table) find(outline.getCurrentPage().getControl(), Table.class);
		return table.getItemCount();
	}

	private static SchemaPaletteView palette() throws Exception {
		return (SchemaPaletteView) EditorFixture.page().showView(SchemaPaletteView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
	}

	private static Control find(Control control, Class<? extends Control> kind) {
		if (kind.isInstance(control)) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, kind);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
