package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.ide.IDE;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.TextRange;
import org.glossator.core.store.CorpusLayout;
import org.glossator.model.Annotation;
import org.glossator.model.EntityType;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.Test;

/** The editor keeps its unsaved changes on disk, restores them after a crash, and removes them once saved or dismissed. */
class UnsavedChangesRecoveryTest {

	@Test
	void changesNotSavedWhenTheWorkbenchEndedAreRestoredInOneStepAndGoOnceSaved() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Unsaved Changes")) {
			Path recovery = CorpusLayout.recoveryFolderOf(Path.of(fixture.project.getLocationURI()));
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertSame(editor, IDE.openEditor(EditorFixture.page(), fixture.project.getFile(EditorFixture.SAMPLE_TEXT.replace(".txt", ".glossator")),
					AnnotationEditor.ID), "one editor per document, whichever of its files is opened");
			int saved = editor.getDocument().getAnnotations().size();
			String text = editor.getDocument().getText();
			int aleppo = text.indexOf("Aleppo");
			EntityType gpe = editor.getSchema().getEntityTypes().stream().filter(type -> type.getName().equals("GPE")).findFirst().orElseThrow();
			editor.getEditingDomain().getCommandStack().execute(new AnnotationCommands(editor.getEditingDomain())
					.createEntityMention(editor.getDocument(), gpe, List.of(new TextRange(aleppo, aleppo + 6))));
			String created = editor.getDocument().getAnnotations().get(saved).getId();
			EditorFixture.settleFor(UnsavedChangesKeeper.DELAY_MS / 2);
			assertTrue(keptFiles(recovery).isEmpty(), "kept a moment after the last change, not at once");
			waitFor(() -> keptFiles(recovery).size() == 1, "the unsaved changes are kept");
			Path kept = keptFiles(recovery).get(0);
			byte[] crashLeft = Files.readAllBytes(kept);
			assertTrue(new String(crashLeft, StandardCharsets.UTF_8).contains("id=\"" + created + "\""));

			// Closing without saving dismisses them; a crash would have left them, as put back here.
			EditorFixture.page().closeEditor(editor, false);
			assertFalse(Files.exists(kept), "dismissed with the editor");
			Files.write(kept, crashLeft);

			editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertEquals(saved + 1, editor.getDocument().getAnnotations().size());
			Annotation restored = editor.getDocument().getAnnotations().get(saved);
			assertEquals(created, restored.getId());
			assertEquals(List.of(aleppo, aleppo + 6), List.of(restored.getSpans().get(0).getBegin(), restored.getSpans().get(0).getEnd()));
			assertTrue(editor.isDirty(), "restored, not saved");
			assertTrue(EditorFixture.statusLine().contains("Restored the changes not saved when Glossator ended"), EditorFixture.statusLine());
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			stack.undo();
			assertEquals(saved, editor.getDocument().getAnnotations().size(), "undo takes the restored changes back");
			assertFalse(editor.isDirty());
			waitFor(() -> !Files.exists(kept), "nothing unsaved is kept");
			stack.redo();
			waitFor(() -> Files.exists(kept), "redone, kept again");
			assertArrayEquals(crashLeft, Files.readAllBytes(kept), "the same changes");

			editor.doSave(new NullProgressMonitor());
			waitFor(() -> !Files.exists(kept), "saved, no longer kept");
			EditorFixture.page().closeEditor(editor, false);
			editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertEquals(saved + 1, editor.getDocument().getAnnotations().size());
			assertFalse(editor.isDirty());
		}
	}

	@Test
	void changesKeptThatCannotBeReadAreSetAsideAndTheUserToldWhere() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Unreadable Changes")) {
			Path recovery = CorpusLayout.recoveryFolderOf(Path.of(fixture.project.getLocationURI()));
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int saved = editor.getDocument().getAnnotations().size();
			editor.getEditingDomain().getCommandStack().execute(
					new AnnotationCommands(editor.getEditingDomain()).deleteAnnotation(editor.getDocument().getAnnotations().get(0)));
			waitFor(() -> keptFiles(recovery).size() == 1, "the unsaved changes are kept");
			Path kept = keptFiles(recovery).get(0);
			String content = Files.readString(kept);
			EditorFixture.page().closeEditor(editor, false);
			// Torn: as if the disk had failed under a file already in place.
			String torn = content.substring(0, content.length() / 2);
			Files.writeString(kept, torn);

			editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertEquals(saved, editor.getDocument().getAnnotations().size(), "the saved annotations, as they are");
			assertFalse(editor.isDirty());
			List<Path> setAside;
			try (Stream<Path> files = Files.list(recovery)) {
				setAside = files.filter(file -> file.getFileName().toString().endsWith(".not-restored")).toList();
			}
			assertEquals(1, setAside.size(), setAside.toString());
			assertEquals(torn, Files.readString(setAside.get(0)), "set aside as it was");
			assertFalse(Files.exists(kept));
			String status = EditorFixture.statusLine();
			assertTrue(status.contains("are not restored") && status.contains(kept.toString()) && status.contains(setAside.get(0).toString()), status);
		}
	}

	private static List<Path> keptFiles(Path recovery) {
		if (!Files.isDirectory(recovery)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(recovery)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".recovery")).toList();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void waitFor(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError(what + ": not within 10 s");
			}
			EditorFixture.settleFor(50);
		}
	}
}
