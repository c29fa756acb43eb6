package org.glossator.io.ui.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.ui.tests.SampleCorpusProject;
import org.glossator.io.ui.tests.Ui;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import > Glossator > Documents in the real product, driven with SWT events. */
class DocumentImportWizardTest {

	private static final String TEXT = "Assad met Putin in Damascus.\n";

	@TempDir
	Path files;

	@Test
	void importsABratPairIntoTheCorpus() throws Exception {
		Path text = write("news.txt", TEXT);
		Path annotations = write("news.ann", "T1\tPER 0 5\tAssad\nT2\tPER 10 15\tPutin\nT3\tGPE 19 27\tDamascus\n");
		try (SampleCorpusProject corpus = new SampleCorpusProject("Import Brat")) {
			WizardDialog dialog = openWizard(corpus);
			Shell shell = dialog.getShell();
			assertEquals("Import Brat", Ui.field(shell, "Into corpus:", Combo.class).getText());
			sourcePage(dialog).addFiles(List.of(text, annotations));
			assertEquals(List.of(text.toString()), Arrays.asList(Ui.find(shell, org.eclipse.swt.widgets.List.class).getItems()),
					"the .txt and .ann of a pair stand for one document");
			Ui.click(Ui.button(shell, "Next >"));

			assertNull(summaryPage(dialog).getErrorMessage());
			Tree tree = Ui.find(shell, Tree.class);
			TreeItem documents = Ui.item(tree.getItems(), "Documents, with their annotations");
			assertEquals("3", documents.getText(1));
			assertEquals("3", Ui.item(documents.getItems(), "news.txt").getText(1));
			assertFalse(Files.exists(corpus.folder().resolve("news.txt")), "nothing is written before Finish");
			Ui.click(Ui.button(shell, "Finish"));

			assertTrue(shell.isDisposed());
			assertTrue(corpus.project.getFile("news.txt").exists(), "the workspace shows the new document");
			assertTrue(corpus.project.getFile("news.glossator").exists());
			Document imported = CorpusStore.open(corpus.folder()).load(Path.of("news.txt"));
			assertEquals(TEXT, imported.getText());
			assertEquals(List.of("PER 0-5", "PER 10-15", "GPE 19-27"), imported.getAnnotations().stream().map(DocumentImportWizardTest::describe).toList());
		}
	}

	@Test
	void aBrokenFileIsNamedWithItsLineAndNothingIsImported() throws Exception {
		Path good = write("good.txt", TEXT);
		write("good.ann", "T1\tPER 0 5\tAssad\n");
		Path bad = write("bad.txt", TEXT);
		write("bad.ann", "T1\tPER 0 5\tAssad\nT2\tPER 10 99\tPutin\n");
		try (SampleCorpusProject corpus = new SampleCorpusProject("Import Broken")) {
			WizardDialog dialog = openWizard(corpus);
			sourcePage(dialog).addFiles(List.of(good, bad));
			Ui.click(Ui.button(dialog.getShell(), "Next >"));

			String problem = summaryPage(dialog).getErrorMessage();
			assertNotNull(problem, "the summary says why nothing can be imported");
			assertTrue(problem.contains(files.resolve("bad.ann").toString()) && problem.contains("line 2"), problem);
			assertFalse(Ui.button(dialog.getShell(), "Finish").isEnabled());
			Ui.click(Ui.button(dialog.getShell(), "Cancel"));
			for (String file : List.of("good.txt", "good.glossator", "bad.txt", "bad.glossator")) {
				assertFalse(Files.exists(corpus.folder().resolve(file)), file + " is not imported");
			}
		}
	}

	@Test
	void unknownTypesAreRefusedDroppedOrAddedToTheSchemaAsTheUserChooses() throws Exception {
		Path text = write("memo.txt", TEXT);
		write("memo.ann", "T1\tPERSON 0 5\tAssad\nT2\tGPE 19 27\tDamascus\n");
		try (SampleCorpusProject corpus = new SampleCorpusProject("Import Unknown")) {
			WizardDialog dialog = openWizard(corpus);
			Shell shell = dialog.getShell();
			sourcePage(dialog).addFiles(List.of(text));
			Ui.click(Ui.button(shell, "Next >"));
			assertTrue(summaryPage(dialog).getErrorMessage().contains("PERSON"), summaryPage(dialog).getErrorMessage());
			assertFalse(Ui.button(shell, "Finish").isEnabled());

			Ui.choose(Ui.button(shell, ImportSummaryPage.DROP_TYPES));
			Tree tree = Ui.find(shell, Tree.class);
			assertNull(summaryPage(dialog).getErrorMessage());
			assertEquals("1", Ui.item(tree.getItems(), "Documents, with their annotations").getText(1), "the GPE stays");
			TreeItem notCarried = Ui.item(tree.getItems(), "Not carried");
			assertEquals("1", notCarried.getText(1), "the PERSON is listed as not carried");

			Ui.choose(Ui.button(shell, ImportSummaryPage.ADD_TYPES));
			TreeItem newTypes = Ui.item(tree.getItems(), "New types for the schema");
			assertEquals(List.of("PERSON (entity)"), Arrays.stream(newTypes.getItems()).map(item -> item.getText(0)).toList());
			assertEquals("2", Ui.item(tree.getItems(), "Documents, with their annotations").getText(1));
			assertFalse(Files.readString(corpus.folder().resolve("schema.xmi")).contains("PERSON"), "the schema grows only on Finish");
			Ui.click(Ui.button(shell, "Finish"));

			assertTrue(shell.isDisposed());
			assertTrue(Files.readString(corpus.folder().resolve("schema.xmi")).contains("\"PERSON\""));
			Document imported = CorpusStore.open(corpus.folder()).load(Path.of("memo.txt"));
			assertEquals(List.of("PERSON 0-5", "GPE 19-27"), imported.getAnnotations().stream().map(DocumentImportWizardTest::describe).toList());
		}
	}

	@Test
	void aMappingFileRenamesForeignTypes() throws Exception {
		Path text = write("memo.txt", TEXT);
		write("memo.ann", "T1\tPERSON 0 5\tAssad\nT2\tPERSON 10 15\tPutin\n");
		Path mapping = write("brat.map", "# brat's labels to the schema's\nPERSON -> PER\n");
		try (SampleCorpusProject corpus = new SampleCorpusProject("Import Mapping")) {
			WizardDialog dialog = openWizard(corpus);
			Shell shell = dialog.getShell();
			sourcePage(dialog).addFiles(List.of(text));
			Ui.click(Ui.button(shell, "Next >"));
			assertFalse(Ui.button(shell, "Finish").isEnabled(), "PERSON is refused without the mapping");

			Text mappingFile = Ui.field(shell, "Mapping file:", Text.class);
			mappingFile.setText(mapping.toString());
			mappingFile.notifyListeners(SWT.DefaultSelection, new Event());
			Ui.settle();
			assertNull(summaryPage(dialog).getErrorMessage());
			Tree tree = Ui.find(shell, Tree.class);
			assertEquals("2", Ui.item(tree.getItems(), "Documents, with their annotations").getText(1));
			assertTrue(Arrays.stream(tree.getItems()).noneMatch(item -> item.getText(0).startsWith("New types")), "no type is new");
			Ui.click(Ui.button(shell, "Finish"));

			Document imported = CorpusStore.open(corpus.folder()).load(Path.of("memo.txt"));
			assertEquals(List.of("PER 0-5", "PER 10-15"), imported.getAnnotations().stream().map(DocumentImportWizardTest::describe).toList());
		}
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String describe(Annotation annotation) {
		return annotation.getType().getName() + " " + annotation.getSpans().get(0).getBegin() + "-" + annotation.getSpans().get(0).getEnd();
	}

	/** The wizard as File > Import > Glossator > Documents opens it, on the corpus selected, with brat chosen. */
	private static WizardDialog openWizard(SampleCorpusProject corpus) throws Exception {
		var wizard = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(DocumentImportWizard.ID).createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(corpus.project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.settle();
		Combo formats = Ui.field(dialog.getShell(), "Format:", Combo.class);
		formats.select(Arrays.asList(formats.getItems()).indexOf("brat standoff (org.glossator.io.brat)"));
		formats.notifyListeners(SWT.Selection, new Event());
		Ui.settle();
		return dialog;
	}

	private static ImportSourcePage sourcePage(WizardDialog dialog) {
		// the native file dialog of Add Files... cannot be driven with SWT events: the page takes the files it would give
		return (ImportSourcePage) ((DocumentImportWizard) dialog.getCurrentPage().getWizard()).getPage("source");
	}

	private static ImportSummaryPage summaryPage(WizardDialog dialog) {
		return (ImportSummaryPage) dialog.getCurrentPage().getWizard().getPage("summary");
	}
}
