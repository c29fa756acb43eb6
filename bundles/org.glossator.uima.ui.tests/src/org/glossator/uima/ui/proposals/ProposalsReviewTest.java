package org.glossator.uima.ui.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.ui.tests.ModalDialogs;
import org.glossator.uima.ui.tests.Waiting;
import org.glossator.ui.editor.AnnotationEditor;
import org.glossator.ui.tests.EditorFixture;
import org.glossator.ui.tests.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The Proposals view and the threshold dialog on the sample document, whose pending proposals are T44, T43, T45
 * (DATE, by patterns, confidence 0.87, 0.91, 0.62) and T46 (GPE, by the gazetteer, 0.95), in text order.
 */
class ProposalsReviewTest {

	@Test
	void theViewListsFiltersSortsAndDecidesTheProposalsUndoably() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Proposals View")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			ProposalsView view = (ProposalsView) EditorFixture.page().showView(ProposalsView.ID);
			EditorFixture.settle();
			assertSame(editor, view.editor());
			assertEquals(List.of("T44", "T43", "T45", "T46"), rows(view));
			assertEquals("4 shown of 4 pending proposals", view.counts());
			assertEquals("DATE 2011 patterns 0.87", row(view, 0), "type, text, engine and confidence");

			choose(view.filters().type(), "DATE");
			assertEquals(List.of("T44", "T43", "T45"), rows(view));
			assertEquals("3 shown of 4 pending proposals", view.counts());
			choose(view.filters().engine(), "gazetteer");
			assertEquals(List.of(), rows(view), "no DATE by the gazetteer");
			choose(view.filters().type(), ProposalFilterControls.ALL_TYPES);
			assertEquals(List.of("T46"), rows(view));
			choose(view.filters().engine(), ProposalFilterControls.ALL_ENGINES);
			confidence(view.filters().minConfidence(), 88);
			assertEquals(List.of("T43", "T46"), rows(view), "0.91 and 0.95");
			confidence(view.filters().minConfidence(), 0);

			TableColumn confidenceColumn = view.table().getTable().getColumn(3);
			confidenceColumn.notifyListeners(SWT.Selection, new Event());
			assertEquals(List.of("T45", "T44", "T43", "T46"), rows(view), "by confidence, ascending");
			confidenceColumn.notifyListeners(SWT.Selection, new Event());
			assertEquals(List.of("T46", "T43", "T44", "T45"), rows(view), "then descending");

			Table table = view.table().getTable();
			table.setSelection(1);
			table.notifyListeners(SWT.Selection, new Event());
			EditorFixture.settle();
			Annotation t43 = (Annotation) table.getItem(1).getData();
			assertSame(t43, editor.getCurrentAnnotation(), "choosing a row moves the editor there");
			ModalDialogs.press(view.acceptButton());
			assertEquals(AnnotationStatus.ACCEPTED, t43.getStatus());
			assertEquals(List.of("T46", "T44", "T45"), rows(view), "the accepted proposal leaves the list at once");
			assertEquals("3 shown of 3 pending proposals", view.counts());
			assertTrue(editor.isDirty());
			// The whole screen, so that the view below the editor has room for its rows.
			editor.getTextWidget().getShell().setBounds(editor.getTextWidget().getDisplay().getPrimaryMonitor().getClientArea());
			EditorFixture.settle();
			Screenshots.take(editor.getTextWidget().getShell(), "proposals-view");

			EditorFixture.page().activate(view);
			view.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
			EditorFixture.settle();
			assertEquals(AnnotationStatus.PROPOSED, t43.getStatus(), "Ctrl+Z in the view takes the acceptance back");
			assertEquals(List.of("T46", "T43", "T44", "T45"), rows(view));

			table.setSelection(new int[] { 0, 3 });
			Event delete = new Event();
			delete.keyCode = SWT.DEL;
			table.notifyListeners(SWT.KeyDown, delete);
			EditorFixture.settle();
			assertEquals(Map.of("T45", AnnotationStatus.REJECTED, "T46", AnnotationStatus.REJECTED), statuses(editor, "T45", "T46"));
			assertEquals("2 shown of 2 pending proposals", view.counts());
			assertEquals(List.of("T43", "T44"), rows(view), "Delete rejects both chosen rows");
			editor.getEditingDomain().getCommandStack().undo();
			EditorFixture.settle();
			assertEquals(Map.of("T45", AnnotationStatus.PROPOSED, "T46", AnnotationStatus.PROPOSED), statuses(editor, "T45", "T46"),
					"both in one step");
		}
	}

	@Test
	void theViewListsProposalsAsARunAddsThem() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Proposals Arriving")) {
			new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.patterns", Map.of()))).save(fixture.project.getLocation().toPath());
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			ProposalsView view = (ProposalsView) EditorFixture.page().showView(ProposalsView.ID);
			EditorFixture.page().activate(editor);
			fixture.command("org.glossator.uima.ui.runOnDocument");
			Waiting.until(() -> editor.getPendingProposalCount() == 7);
			assertEquals("7 shown of 7 pending proposals", view.counts());
			assertEquals(List.of("T44", "T43", "T45", "T46"), rows(view).stream().filter(id -> List.of("T43", "T44", "T45", "T46").contains(id)).toList());
			assertTrue(List.of(view.filters().engine().getItems()).contains("org.glossator.uima.patterns"), "the new engine is offered");
			choose(view.filters().engine(), "org.glossator.uima.patterns");
			assertEquals(3, rows(view).size());
		}
	}

	@Test
	void theThresholdDialogAcceptsOnlyTheMatchingProposalsInOneStep() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Threshold")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			List<String> shown = new ArrayList<>();
			ModalDialogs.answer(DecideProposalsDialog.title(true), () -> fixture.command("org.glossator.uima.ui.acceptProposals"), dialog -> {
				List<Combo> combos = ModalDialogs.all(dialog, Combo.class);
				choose(combos.get(0), "DATE");
				shown.add(matching(dialog));
				confidence(ModalDialogs.all(dialog, Spinner.class).get(0), 80);
				shown.add(matching(dialog));
				assertFalse(ModalDialogs.button(dialog, "Selected text").isEnabled(), "nothing is selected in the editor");
				ModalDialogs.press(ModalDialogs.button(dialog, "Accept 2"));
			});
			assertEquals(List.of("3 proposals match.", "2 proposals match."), shown);
			assertEquals(Map.of("T43", AnnotationStatus.ACCEPTED, "T44", AnnotationStatus.ACCEPTED, "T45", AnnotationStatus.PROPOSED,
					"T46", AnnotationStatus.PROPOSED), statuses(editor, "T43", "T44", "T45", "T46"));
			assertEquals("Accept 2 proposals", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

			fixture.command("org.eclipse.ui.edit.undo");
			assertEquals(Map.of("T43", AnnotationStatus.PROPOSED, "T44", AnnotationStatus.PROPOSED, "T45", AnnotationStatus.PROPOSED,
					"T46", AnnotationStatus.PROPOSED), statuses(editor, "T43", "T44", "T45", "T46"), "one undo takes back the whole step");

			// Within the selected text, around T46 ("Moscow"), which lies 250 characters after T45.
			int t46 = editor.getDocument().getText().indexOf("Moscow", 12200);
			editor.getTextWidget().setSelection(t46 - 20, t46 + 26);
			ModalDialogs.answer(DecideProposalsDialog.title(false), () -> fixture.command("org.glossator.uima.ui.rejectProposals"),
					dialog -> ModalDialogs.press(ModalDialogs.button(dialog, "Reject 1")));
			assertEquals(Map.of("T45", AnnotationStatus.PROPOSED, "T46", AnnotationStatus.REJECTED), statuses(editor, "T45", "T46"));
		}
	}

	@Test
	void aProposalDecidedWhileALongListComesInLeavesTheNextOneChosen() throws Exception {
		try (EditorFixture fixture = EditorFixture.withText("Many Proposals", "large.txt", EditorFixture.LARGE_TEXT)) {
			fixture.saveLargeDocument(mention -> {
				mention.setStatus(AnnotationStatus.PROPOSED);
				mention.setOrigin("gazetteer");
			});
			AnnotationEditor editor = fixture.open("large.txt");
			ProposalsView view = (ProposalsView) EditorFixture.page().showView(ProposalsView.ID);
			EditorFixture.settle();
			Table table = view.table().getTable();
			assertEquals(20_000, table.getItemCount());

			// Listed anew: the table takes the rows in again, in steps.
			choose(view.filters().type(), "DATE");
			assertEquals(0, table.getItemCount());
			view.filters().type().select(view.filters().type().indexOf(ProposalFilterControls.ALL_TYPES));
			view.filters().type().notifyListeners(SWT.Modify, new Event());
			assertTrue(table.getItemCount() < 20_000, "not all rows at once");
			table.setSelection(0);
			table.notifyListeners(SWT.Selection, new Event());
			Annotation first = (Annotation) table.getItem(0).getData();
			view.acceptButton().notifyListeners(SWT.Selection, new Event());
			assertEquals(AnnotationStatus.ACCEPTED, first.getStatus());
			assertEquals(0, table.getSelectionIndex(), "chosen at once, its row being there");
			assertSame(editor.getCurrentAnnotation(), table.getItem(0).getData());
			EditorFixture.settle();
			assertEquals(19_999, table.getItemCount());
			assertEquals(1, table.getSelectionCount(), "the next proposal stays chosen once all rows are there");
			assertEquals(0, table.getSelectionIndex(), "in the decided one's place");
			assertSame(editor.getCurrentAnnotation(), table.getItem(0).getData());
			assertEquals(AnnotationStatus.PROPOSED, editor.getCurrentAnnotation().getStatus());
		}
	}

	static List<String> rows(ProposalsView view) {
		EditorFixture.settle();
		List<String> ids = new ArrayList<>();
		Table table = view.table().getTable();
		for (int row = 0; row < table.getItemCount(); row++) {
			TableItem item = table.getItem(row);
			// A virtual table asks for a row's element when its item is first read, as painting would.
			item.getText(0);
			ids.add(((Annotation) item.getData()).getId());
		}
		return ids;
	}

	private static String row(ProposalsView view, int row) {
		Table table = view.table().getTable();
		return List.of(0, 1, 2, 3).stream().map(column -> table.getItem(row).getText(column)).collect(Collectors.joining(" "));
	}

	private static Map<String, AnnotationStatus> statuses(AnnotationEditor editor, String... ids) {
		List<String> wanted = List.of(ids);
		return editor.getDocument().getAnnotations().stream().filter(annotation -> wanted.contains(annotation.getId()))
				.collect(Collectors.toMap(Annotation::getId, Annotation::getStatus));
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError(item + " is not offered, only " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Modify, new Event());
		EditorFixture.settle();
	}

	private static void confidence(Spinner spinner, int percent) {
		spinner.setSelection(percent);
		spinner.notifyListeners(SWT.Modify, new Event());
		EditorFixture.settle();
	}

	private static String matching(org.eclipse.swt.widgets.Shell dialog) {
		return ModalDialogs.all(dialog, Label.class).stream().map(Label::getText).filter(text -> text.endsWith(" match.")).findFirst()
				.orElseThrow();
	}
}
