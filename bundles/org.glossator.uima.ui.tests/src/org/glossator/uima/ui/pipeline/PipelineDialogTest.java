package org.glossator.uima.ui.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.ui.tests.ModalDialogs;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.Test;

/** The pipeline editor builds, checks and saves a corpus's pipeline.xml. */
class PipelineDialogTest {

	@Test
	void aPipelineIsSavedOnlyOnceItsEnginesStart() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Pipeline Editor")) {
			Path folder = fixture.project.getLocation().toPath();
			Files.createDirectories(folder.resolve("lists"));
			Files.writeString(folder.resolve("lists/GPE.txt"), "Aleppo\nHoms\n");
			fixture.open(EditorFixture.SAMPLE_TEXT);
			Path pipelineFile = folder.resolve(CorpusPipeline.FILE);

			ModalDialogs.answer(PipelineDialog.title(folder), () -> fixture.command("org.glossator.uima.ui.editPipeline"), dialog -> {
				add(dialog, "org.glossator.uima.gazetteer");
				String defaults = parameters(dialog).getText();
				assertTrue(defaults.contains("\n#termLists=\n") && defaults.contains("\nignoreCase=false\n"), defaults);
				parameters(dialog).setText("termLists=lists/missing.txt\nignoreDiacritics=true\n");
				ModalDialogs.press(ModalDialogs.button(dialog, "Save"));
				assertFalse(dialog.isDisposed(), "a term list that is not there keeps the dialog open");
				assertTrue(message(dialog).contains("org.glossator.uima.gazetteer"), message(dialog));
				assertFalse(Files.exists(pipelineFile), "and nothing is saved");

				parameters(dialog).setText("termLists=lists/GPE.txt\nignoreDiacritics=yes please\nno equals sign\n");
				ModalDialogs.press(ModalDialogs.button(dialog, "Save"));
				assertTrue(message(dialog).contains("line 3"), message(dialog));

				parameters(dialog).setText("termLists=lists/GPE.txt\nignoreDiacritics=true\n");
				add(dialog, "org.glossator.uima.patterns");
				ModalDialogs.press(ModalDialogs.button(dialog, "Move Up"));
				ModalDialogs.press(ModalDialogs.button(dialog, "Save"));
			});

			assertEquals(List.of(new PipelineStep("org.glossator.uima.patterns", Map.of()),
					new PipelineStep("org.glossator.uima.gazetteer", Map.of("termLists", "lists/GPE.txt", "ignoreDiacritics", "true"))),
					CorpusPipeline.load(folder).steps());
			assertTrue(fixture.project.getFile(CorpusPipeline.FILE).exists(), "the workspace sees the new file");
		}
	}

	private static void add(Shell dialog, String engineId) {
		Combo installed = ModalDialogs.all(dialog, Combo.class).get(0);
		int index = List.of(installed.getItems()).indexOf(List.of(installed.getItems()).stream()
				.filter(item -> item.endsWith("(" + engineId + ")")).findFirst().orElseThrow());
		installed.select(index);
		installed.notifyListeners(SWT.Selection, new Event());
		ModalDialogs.press(ModalDialogs.button(dialog, "Add"));
	}

	private static Text parameters(Shell dialog) {
		return ModalDialogs.all(dialog, Text.class).stream().filter(Text::getEditable).findFirst().orElseThrow();
	}

	/** The title area's message: an error, when there is one. */
	private static String message(Shell dialog) {
		return ModalDialogs.all(dialog, Text.class).stream().filter(text -> !text.getEditable()).map(Text::getText)
				.filter(text -> !text.isBlank()).findFirst().orElse("");
	}
}
