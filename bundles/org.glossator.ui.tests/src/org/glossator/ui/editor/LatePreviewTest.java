package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's preview when it is read only after the editor's first paint (which waits for it a moment only), when
 * the text changed on disk between the editor's read of it and the preview's read, and when a preview reaches past
 * the end of the text. The previews' reads are held back until the test lets them run; the load waits for the
 * project's rule, which the test holds, after it has handed the preview over.
 */
class LatePreviewTest {

	private final List<Runnable> heldReads = new ArrayList<>();
	private final List<Thread> reads = new ArrayList<>();
	private Executor previewReading;

	@BeforeEach
	void holdPreviewReads() {
		previewReading = AnnotationEditor.previewReading;
		AnnotationEditor.previewReading = heldReads::add;
	}

	@AfterEach
	void readPreviewsAgain() throws InterruptedException {
		AnnotationEditor.previewReading = previewReading;
		releaseReads();
	}

	@Test
	void aPreviewReadAfterTheFirstPaintShowsWhenItIsThere() throws Exception {
		String text = EditorFixture.LARGE_TEXT;
		try (EditorFixture fixture = EditorFixture.withText("Late Preview", "large.txt", text)) {
			fixture.saveLargeDocument();
			int homs = text.indexOf("Homs");
			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading("large.txt");
				EditorFixture.settle();
				assertEquals(1, heldReads.size(), "the preview's read waits");
				assertFalse(editor.isShowingPreview(), "the first paint waited for it a moment only");
				assertNull(editor.getStyleAt(homs));

				releaseReads();
				long deadline = System.currentTimeMillis() + 10_000;
				while (!editor.isShowingPreview() && System.currentTimeMillis() < deadline) {
					EditorFixture.settleFor(20);
				}
				assertTrue(editor.isShowingPreview(), "the preview shows once read, while the load waits for the rule");
				assertNotNull(editor.getStyleAt(homs), "Homs is drawn");
				assertNull(editor.getDocument(), "no document to edit yet");
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);
			assertFalse(editor.isShowingPreview());
			assertEquals(20_000, editor.getDocument().getAnnotations().size());
			assertNotNull(editor.getStyleAt(homs));
		}
	}

	@Test
	void aPreviewOfTheTextAsChangedOnDiskSinceTheEditorReadItIsNotShown() throws Exception {
		String text = EditorFixture.LARGE_TEXT;
		try (EditorFixture fixture = EditorFixture.withText("Preview Of Another Text", "large.txt", text)) {
			Path textFile = fixture.saveLargeDocument().resolve("large.txt");
			// Another text of the same length, as another program may leave the file for a moment while it writes it.
			String other = text.replace("Homs", "Hama");
			Files.writeString(textFile, other);
			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading("large.txt");
				EditorFixture.settle();
				assertEquals(other, editor.getTextWidget().getText(), "the editor shows the text it read");
				// The text again that the annotations and their preview were made with, before the preview is read.
				Files.writeString(textFile, text);
				releaseReads();
				// The load hands the preview over, if there is one, before it waits for the rule.
				assertFalse(showsPreviewWithin(editor, 1000, () -> false), "no preview is drawn over another text than its own");
				assertNull(editor.getStyleAt(text.indexOf("Homs")));
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			assertNoPreviewUntilLoaded(editor, text);
		}
	}

	@Test
	void aPreviewReachingPastTheEndOfTheTextIsNotShown() throws Exception {
		String text = EditorFixture.LARGE_TEXT;
		try (EditorFixture fixture = EditorFixture.withText("Preview Past The End", "large.txt", text)) {
			Path folder = fixture.saveLargeDocument();
			Path previews = CorpusLayout.previewFolderOf(folder);
			// A preview spoilt under its right name: the store checks a preview without its text, the editor against it.
			Path preview;
			try (Stream<Path> files = Files.list(previews)) {
				preview = files.findFirst().orElseThrow();
			}
			Files.writeString(preview, Files.readString(preview).replaceFirst("end=\"\\d+\"", "end=\"99999999\""));
			assertNotNull(CorpusStore.open(folder).loadPreview(Path.of("large.txt")), "the store takes it");
			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading("large.txt");
				releaseReads();
				assertFalse(showsPreviewWithin(editor, 1000, () -> false), "the preview is not drawn");
				assertNull(editor.getStyleAt(text.indexOf("Homs")));
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			assertNoPreviewUntilLoaded(editor, text);
		}
	}

	/** Runs the user interface until the load ends: no preview meanwhile, then the annotations on the text they are of. */
	private static void assertNoPreviewUntilLoaded(AnnotationEditor editor, String text) {
		assertFalse(showsPreviewWithin(editor, 60_000, () -> !editor.isLoadingAnnotations()), "no preview later");
		assertEquals(text, editor.getTextWidget().getText(), "the load shows the text the annotations were checked against");
		assertEquals(20_000, editor.getDocument().getAnnotations().size());
		assertNotNull(editor.getStyleAt(text.indexOf("Homs")), "and draws them");
	}

	/**
	 * Runs the user interface until the time is up or done says so, looking after each event whether the editor shows
	 * a preview (each event handles one of the load's results at the most).
	 */
	private static boolean showsPreviewWithin(AnnotationEditor editor, long milliseconds, BooleanSupplier done) {
		Display display = Display.getCurrent();
		boolean shown = false;
		long end = System.currentTimeMillis() + milliseconds;
		while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
			shown |= editor.isShowingPreview();
		}
		return shown;
	}

	/** Lets the held reads run, each on a thread of its own, and waits for them. */
	private void releaseReads() throws InterruptedException {
		heldReads.forEach(read -> {
			Thread thread = new Thread(read, "Preview read");
			reads.add(thread);
			thread.start();
		});
		heldReads.clear();
		for (Thread read : reads) {
			read.join();
		}
		reads.clear();
	}
}
