package org.glossator.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Exporter;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.LossReport;
import org.glossator.io.ui.internal.losses.LossReportView;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.GlossatorPackage;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from the annotation editor (Export Document...) and of a corpus an editor has unsaved changes of. */
class EditorExportTest {

	@TempDir
	Path out;

	@Test
	void exportsTheOpenDocumentAndShowsWhatCoNllCouldNotCarry() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Document Export")) {
			AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
					corpus.project.getFile(SampleCorpusProject.SAMPLE_TEXT), AnnotationEditor.ID);
			Ui.waitUntil("loading the annotations", () -> !editor.isLoadingAnnotations());
			Format conll = FormatRegistry.fromPlatform().format("org.glossator.io.conll2002").orElseThrow();
			Path folder = out.resolve("document");
			Ui.whenOpen("Export Document", dialog -> {
				Combo formats = Ui.field(dialog, "Format:", Combo.class);
				formats.select(Arrays.asList(formats.getItems()).indexOf(conll.name() + " (" + conll.id() + ")"));
				formats.notifyListeners(SWT.Selection, new Event());
				Ui.field(dialog, "Folder:", Text.class).setText(folder.toString());
				Ui.click(Ui.button(dialog, "OK"));
			});
			editor.getSite().getService(IHandlerService.class).executeCommand("org.glossator.io.ui.exportDocument", null);
			Ui.waitForJobs();

			CorpusStore store = CorpusStore.open(corpus.folder());
			Document document = store.load(Path.of(SampleCorpusProject.SAMPLE_TEXT));
			LossReport headless = new LossReport();
			Exporter exporter = conll.newExporter().orElseThrow();
			Path headlessFolder = Files.createDirectories(out.resolve("headless"));
			exporter.prepare(corpus.folder());
			exporter.exportSchema(store.corpus().getSchema(), headlessFolder, headless);
			exporter.exportDocument(document, store.corpus().getSchema(), headlessFolder, headless);
			exporter.finish(headlessFolder, headless);

			LossReportView view = (LossReportView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.findView(LossReportView.ID);
			view.getTree().expandAll();
			Tree tree = view.getTree().getTree();
			assertEquals(1, tree.getItemCount());
			LossRows.assertShown(tree, conll, headless);
			assertTrue(headless.countsByReason().containsKey("event (CoNLL holds entities only)"), headless.toString());
			assertEquals(headless + "\n", Files.readString(folder.resolve("losses/" + conll.id() + ".txt")));
			try (var files = Files.list(headlessFolder)) {
				for (Path written : files.toList()) {
					assertEquals(Files.readString(written), Files.readString(folder.resolve(written.getFileName())), written.getFileName().toString());
				}
			}
		}
	}

	@Test
	void unsavedChangesAreSavedFirstWhenTheUserAgrees() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset Unsaved")) {
			AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(DatasetExportWizardTest.page(), corpus.project.getFile(SampleCorpusProject.SAMPLE_TEXT),
					AnnotationEditor.ID);
			Ui.waitUntil("loading the annotations", () -> !editor.isLoadingAnnotations());
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.getDocument(),
					GlossatorPackage.Literals.DOCUMENT__STATUS, DocumentStatus.DONE));
			assertTrue(editor.isDirty());
			Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "unsaved-editor");
			WizardDialog dialog = DatasetExportWizardTest.openWizard(corpus.project);
			Path output = out.resolve("done");
			DatasetExportWizardTest.fill(dialog.getShell(), Set.of(DocumentStatus.DONE), List.of("org.glossator.io.jsonl"), 100, 0, "1", output);
			Ui.whenOpen("Save Resource", question -> Ui.click(Ui.button(question, "Save")));
			Ui.click(Ui.button(dialog.getShell(), "Finish"));
			Ui.waitForJobs();
			assertFalse(editor.isDirty(), "saved before the export read the corpus");
			String jsonl = Files.readString(output.resolve("train/" + "org.glossator.io.jsonl" + "/documents.jsonl"), StandardCharsets.UTF_8);
			assertTrue(jsonl.contains(SampleCorpusProject.SAMPLE_TEXT.replace(".txt", "")), "the document, now done, is in the dataset");
		}
	}
}
