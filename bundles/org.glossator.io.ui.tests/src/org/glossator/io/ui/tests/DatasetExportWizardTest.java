package org.glossator.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.dataset.DatasetExport;
import org.glossator.io.dataset.DatasetResult;
import org.glossator.io.dataset.DatasetSettings;
import org.glossator.io.ui.internal.exports.DatasetExportWizard;
import org.glossator.io.ui.internal.losses.LossReportView;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > Glossator > Dataset in the real product, driven with SWT events, against the headless export. */
class DatasetExportWizardTest {

	private static final String JSONL = "org.glossator.io.jsonl";
	private static final String CONLL = "org.glossator.io.conll2002";
	private static final String XMI = "org.glossator.io.xmi";

	@TempDir
	Path out;

	@Test
	void exportsTheSampleAndShowsTheLossesTheHeadlessExportFinds() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset Export")) {
			WizardDialog dialog = openWizard(corpus.project);
			Shell shell = dialog.getShell();
			assertEquals("Dataset Export", Ui.field(shell, "Corpus:", Combo.class).getText(), "the selected corpus is chosen");
			Path output = out.resolve("dataset");
			fill(shell, EnumSet.allOf(DocumentStatus.class), List.of(JSONL, CONLL, XMI), 60, 20, "7", output);
			Ui.click(Ui.button(shell, "Finish"));
			Ui.waitForJobs();
			assertTrue(shell.isDisposed(), "the wizard closed");

			// the wizard lists the formats, and so names the chosen ones, in the registry's order
			List<String> formats = FormatRegistry.fromPlatform().formats().stream().map(Format::id)
					.filter(List.of(JSONL, CONLL, XMI)::contains).toList();
			DatasetResult headless = DatasetExport.run(CorpusStore.open(corpus.folder()), FormatRegistry.fromPlatform(),
					new DatasetSettings(EnumSet.allOf(DocumentStatus.class), formats, false, 7, 0.6, 0.2, 0.2, false), out.resolve("headless"));
			LossReportView view = lossReportView();
			Tree tree = view.getTree().getTree();
			view.getTree().expandAll();
			assertEquals(3, tree.getItemCount(), "a row per format");
			for (String format : List.of(JSONL, CONLL, XMI)) {
				LossRows.assertShown(tree, FormatRegistry.fromPlatform().format(format).orElseThrow(), headless.losses().get(format));
				assertEquals(Files.readString(out.resolve("headless/losses/" + format + ".txt")),
						Files.readString(output.resolve("losses/" + format + ".txt")), "the loss file the view links to");
			}
			assertEquals(Files.readString(out.resolve("headless/manifest.json")), Files.readString(output.resolve("manifest.json")));
			assertFalse(Files.list(out).anyMatch(path -> path.getFileName().toString().startsWith(".")), "no staging folder left");
			IWorkbenchPartReference reference = page().getReference(view);
			page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
			Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "loss-report");
			page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);

			Ui.click(Ui.button(tree.getParent(), "Copy"));
			Clipboard clipboard = new Clipboard(Display.getCurrent());
			String copied = (String) clipboard.getContents(TextTransfer.getInstance());
			clipboard.dispose();
			int conllLosses = headless.losses().get(CONLL).countsByReason().values().stream().mapToInt(Integer::intValue).sum();
			assertTrue(copied.contains("CoNLL-2002 (IOB2) (" + CONLL + ")\t" + conllLosses + "\n"), copied);
		}
	}

	@Test
	void conllListsTheSampleEventsRelationsAndNestedSpansAsLosses() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset CoNLL")) {
			CorpusStore store = CorpusStore.open(corpus.folder());
			Document sample = store.load(Path.of(SampleCorpusProject.SAMPLE_TEXT));
			// the sample has no nested mentions of its own: one inside a mention of two or more words
			EntityMention outer = sample.getAnnotations().stream().filter(EntityMention.class::isInstance).map(EntityMention.class::cast)
					.filter(mention -> mention.getStatus() == AnnotationStatus.ACCEPTED && coveredText(sample, mention).contains(" "))
					.findFirst().orElseThrow();
			EntityMention nested = GlossatorFactory.eINSTANCE.createEntityMention();
			nested.setId("T900");
			nested.setType(outer.getType());
			nested.setStatus(AnnotationStatus.ACCEPTED);
			Span span = GlossatorFactory.eINSTANCE.createSpan();
			span.setBegin(outer.getSpans().get(0).getBegin());
			span.setEnd(span.getBegin() + coveredText(sample, outer).indexOf(' '));
			nested.getSpans().add(span);
			sample.getAnnotations().add(nested);
			store.save(sample);
			corpus.project.refreshLocal(IResource.DEPTH_ONE, null);

			WizardDialog dialog = openWizard(corpus.project);
			fill(dialog.getShell(), EnumSet.allOf(DocumentStatus.class), List.of(CONLL), 100, 0, "1", out.resolve("conll"));
			Ui.click(Ui.button(dialog.getShell(), "Finish"));
			Ui.waitForJobs();

			Tree tree = lossReportView().getTree().getTree();
			lossReportView().getTree().expandAll();
			TreeItem document = Ui.item(tree.getItems(), "CoNLL-2002 (IOB2) (" + CONLL + ")").getItems()[0];
			assertEquals(Long.toString(accepted(sample, Event.class)), Ui.item(document.getItems(), "event (CoNLL holds entities only)").getText(1));
			long relations = sample.getAnnotations().stream().filter(annotation -> annotation instanceof Relation relation
					&& Stream.of(relation, relation.getSource(), relation.getTarget()).allMatch(end -> end.getStatus() == AnnotationStatus.ACCEPTED))
					.count();
			assertEquals(Long.toString(relations), Ui.item(document.getItems(), "relation (CoNLL holds entities only)").getText(1));
			TreeItem nestedRow = Ui.item(document.getItems(), "nested in or overlapping another mention");
			assertEquals("1", nestedRow.getText(1));
			assertTrue(nestedRow.getItem(0).getText(0).contains("T900 (PER)"), nestedRow.getItem(0).getText(0));
		}
	}

	private static String coveredText(Document document, EntityMention mention) {
		return document.getText().substring(mention.getSpans().get(0).getBegin(), mention.getSpans().get(0).getEnd());
	}

	private static long accepted(Document document, Class<? extends Annotation> kind) {
		return document.getAnnotations().stream()
				.filter(annotation -> kind.isInstance(annotation) && annotation.getStatus() == AnnotationStatus.ACCEPTED).count();
	}

	@Test
	void aZippedExportThatLostNothingSaysSo() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset Nothing Lost")) {
			corpus.project.getFile("000_99a4f567e82471d6.glossator").delete(true, null);
			WizardDialog dialog = openWizard(corpus.project);
			Shell shell = dialog.getShell();
			fill(shell, EnumSet.allOf(DocumentStatus.class), List.of(JSONL), 80, 10, "1", out.resolve("plain"));
			Ui.check(Ui.button(shell, "As one zip archive"), true);
			assertEquals(out.resolve("plain.zip").toString(), Ui.field(shell, "Output:", Text.class).getText(), "a zip is named so");
			Ui.click(Ui.button(shell, "Finish"));
			Ui.waitForJobs();

			assertEquals(List.of(out.resolve("plain.zip")), Files.list(out).toList(), "the zip, and no staging folder");
			Tree tree = lossReportView().getTree().getTree();
			assertEquals("JSON lines (" + JSONL + "): nothing lost", tree.getItem(0).getText(0));
			assertEquals(1, Ui.all(tree.getParent(), Label.class,
					label -> label.getText().endsWith("Nothing lost: every format carried everything exported.")).size(), "the summary says so");
			assertEquals(1, Ui.all(tree.getParent(), Link.class,
					link -> link.getText().contains("plain.zip</a>: losses/" + JSONL + ".txt")).size(), "the loss file is named in the zip");
		}
	}

	@Test
	void replacesAnOldDatasetOnlyWhenTheUserAgrees() throws Exception {
		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset Replace")) {
			Path output = Files.createDirectories(out.resolve("old"));
			Files.writeString(output.resolve("keep.txt"), "an older dataset");
			WizardDialog dialog = openWizard(corpus.project);
			fill(dialog.getShell(), EnumSet.allOf(DocumentStatus.class), List.of(JSONL), 80, 10, "1", output);
			Ui.whenOpen("Replace Dataset", question -> Ui.click(Ui.button(question, "No")));
			Ui.click(Ui.button(dialog.getShell(), "Finish"));
			Ui.waitForJobs();
			assertFalse(dialog.getShell().isDisposed(), "the wizard stays open to choose another output");
			assertEquals(List.of(output.resolve("keep.txt")), Files.list(output).toList(), "nothing written");

			Ui.whenOpen("Replace Dataset", question -> Ui.click(Ui.button(question, "Yes")));
			Ui.click(Ui.button(dialog.getShell(), "Finish"));
			Ui.waitForJobs();
			assertFalse(Files.exists(output.resolve("keep.txt")), "the old dataset is replaced");
			assertTrue(Files.isRegularFile(output.resolve(DatasetExport.MANIFEST)));
		}
	}

	@Test
	void fileExportAndTheCorpusContextMenuReachTheWizard() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(DatasetExportWizard.ID);
		assertEquals("Glossator", descriptor.getCategory().getLabel());
		assertEquals("Dataset", descriptor.getLabel());
		assertTrue(menuItems(fileMenu()).contains("Export..."), "File > Export... is in the product's menu");

		try (SampleCorpusProject corpus = new SampleCorpusProject("Dataset Menu")) {
			IProject plain = corpus.project.getWorkspace().getRoot().getProject("Not A Corpus");
			plain.create(null);
			plain.open(null);
			try {
				CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
				explorer.selectReveal(new StructuredSelection(plain));
				assertFalse(menuItems(contextMenu(explorer)).contains("Export Dataset..."), "only corpora offer it");
				explorer.selectReveal(new StructuredSelection(corpus.project));
				Menu menu = contextMenu(explorer);
				MenuItem export = Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals("Export Dataset..."))
						.findFirst().orElseThrow(() -> new AssertionError("no Export Dataset... in " + menuItems(menu)));
				String[] corpusShown = new String[1];
				Ui.whenOpen("Export Dataset", wizard -> {
					corpusShown[0] = Ui.field(wizard, "Corpus:", Combo.class).getText();
					Ui.click(Ui.button(wizard, "Cancel"));
				});
				export.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				Ui.settle();
				menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
				assertEquals("Dataset Menu", corpusShown[0]);
			} finally {
				plain.delete(true, null);
			}
		}
	}

	/** The wizard as File > Export > Glossator > Dataset opens it, on the project selected. */
	static WizardDialog openWizard(IProject project) throws Exception {
		IWorkbenchWizard wizard = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(DatasetExportWizard.ID).createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.settle();
		return dialog;
	}

	static void fill(Shell wizard, Set<DocumentStatus> statuses, List<String> formats, int train, int dev, String seed,
			Path output) {
		for (DocumentStatus status : DocumentStatus.VALUES) {
			Ui.check(Ui.button(wizard, status.getLiteral()), statuses.contains(status));
		}
		Ui.checkRows(Ui.find(wizard, Table.class), formats.stream().map(id -> "(" + id + ")").toList());
		Ui.check(Ui.button(wizard, "Include proposals (written as if accepted; rejected ones never)"), false);
		spin(Ui.field(wizard, "Train:", Spinner.class), train);
		spin(Ui.field(wizard, "Dev:", Spinner.class), dev);
		Ui.field(wizard, "Seed:", Text.class).setText(seed);
		Ui.check(Ui.button(wizard, "As one zip archive"), false);
		Ui.field(wizard, "Output:", Text.class).setText(output.toString());
		Ui.settle();
		assertTrue(Ui.button(wizard, "Finish").isEnabled(), "the settings are complete");
	}

	private static void spin(Spinner spinner, int value) {
		spinner.setSelection(value);
		spinner.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
		Ui.settle();
	}

	private static LossReportView lossReportView() {
		LossReportView view = (LossReportView) page().findView(LossReportView.ID);
		assertNotNull(view, "the loss report is shown");
		return view;
	}

	private static Menu fileMenu() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		return Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("File")).findFirst().orElseThrow()
				.getMenu();
	}

	private static Menu contextMenu(CommonNavigator explorer) {
		Menu menu = explorer.getCommonViewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		Ui.settle();
		return menu;
	}

	/** The items' texts without mnemonics and key bindings, after the menu filled itself as it does when shown. */
	private static List<String> menuItems(Menu menu) {
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> texts = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").split("\t")[0]).toList();
		menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
		return texts;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
