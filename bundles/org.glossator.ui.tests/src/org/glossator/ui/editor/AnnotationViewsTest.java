package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeValue;
import org.glossator.model.Event;
import org.glossator.ui.tests.EditorFixture;
import org.glossator.ui.tests.Screenshots;
import org.junit.jupiter.api.Test;

/** The outline table and the Properties view beside the real editor (same package: they are internals). */
class AnnotationViewsTest {

	@Test
	void theOutlineListsFiltersAndFollowsTheEditor() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Outline")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			EditorFixture.page().showView(IPageLayout.ID_OUTLINE);
			EditorFixture.page().activate(editor);
			EditorFixture.settle();
			AnnotationOutlinePage outline = (AnnotationOutlinePage) editor.getAdapter(IContentOutlinePage.class);
			assertEquals(60, outline.table().getTable().getItemCount(), "47 entities, 8 events, 5 relations");

			outline.statusFilter().select(outline.statusFilter().indexOf(AnnotationStatus.PROPOSED.getLiteral()));
			outline.statusFilter().notifyListeners(SWT.Modify, null);
			assertEquals(4, outline.table().getTable().getItemCount());

			outline.statusFilter().select(0);
			outline.statusFilter().notifyListeners(SWT.Modify, null);
			outline.typeOrTextFilter().setText("aleppo");
			assertEquals(1, outline.table().getTable().getItemCount());

			Annotation aleppo = (Annotation) outline.table().getElementAt(0);
			outline.table().setSelection(new StructuredSelection(aleppo), true);
			assertSame(aleppo, editor.getCurrentAnnotation(), "choosing a row makes it current in the editor");

			// Undo reaches the document from the Outline as well.
			int before = editor.getDocument().getAnnotations().size();
			fixture.command("org.glossator.ui.rejectOrDelete");
			assertTrue(editor.getDocument().getAnnotations().size() < before, "Aleppo is deleted");
			EditorFixture.page().activate(EditorFixture.page().findView(IPageLayout.ID_OUTLINE));
			workbenchCommand("org.eclipse.ui.edit.undo");
			assertEquals(before, editor.getDocument().getAnnotations().size());
			EditorFixture.page().activate(editor);

			outline.typeOrTextFilter().setText("");
			Annotation first = editor.getDocument().getAnnotations().get(0);
			// The views follow once the events waiting then are handled, after the editor's paint: told once of two
			// changes meanwhile, the workbench's selection being the latest at once.
			List<ISelection> told = new ArrayList<>();
			ISelectionChangedListener listener = event -> told.add(event.getSelection());
			editor.getSite().getSelectionProvider().addSelectionChangedListener(listener);
			editor.select(editor.getDocument().getAnnotations().get(1));
			editor.select(first);
			assertEquals(new StructuredSelection(first), editor.getSite().getSelectionProvider().getSelection());
			assertEquals(List.of(), told, "not told yet");
			EditorFixture.settle();
			editor.getSite().getSelectionProvider().removeSelectionChangedListener(listener);
			assertEquals(List.of(new StructuredSelection(first)), told, "told once, of the latest");
			assertSame(first, outline.table().getStructuredSelection().getFirstElement(), "and the other way round");

			// The table takes a change in once the events waiting then are handled; a filter changed before lists it once.
			int rows = outline.table().getTable().getItemCount();
			fixture.command("org.glossator.ui.rejectOrDelete");
			EditorFixture.settle();
			assertEquals(rows - 1, outline.table().getTable().getItemCount());
			editor.getEditingDomain().getCommandStack().undo();
			outline.statusFilter().notifyListeners(SWT.Modify, null);
			EditorFixture.settle();
			assertEquals(rows, outline.table().getTable().getItemCount(), "the undone deletion listed once");
			// Changes that wait together are taken in together: a re-made deletion undone and made again is not listed.
			editor.getEditingDomain().getCommandStack().redo();
			editor.getEditingDomain().getCommandStack().undo();
			editor.getEditingDomain().getCommandStack().redo();
			EditorFixture.settle();
			assertEquals(rows - 1, outline.table().getTable().getItemCount());
			Screenshots.take(editor.getTextWidget().getShell(), "outline");
		}
	}

	@Test
	void aLongListComesIntoTheOutlineInStepsBetweenEvents() throws Exception {
		try (EditorFixture fixture = EditorFixture.withText("Outline In Steps", "large.txt", EditorFixture.LARGE_TEXT)) {
			fixture.saveLargeDocument();
			AnnotationEditor editor = fixture.open("large.txt");
			EditorFixture.page().showView(IPageLayout.ID_OUTLINE);
			EditorFixture.page().activate(editor);
			EditorFixture.settle();
			AnnotationOutlinePage outline = (AnnotationOutlinePage) editor.getAdapter(IContentOutlinePage.class);
			Table table = outline.table().getTable();
			List<Annotation> annotations = editor.getDocument().getAnnotations();
			assertEquals(20_000, table.getItemCount());

			// A list much shorter replaces the rows at once; a long one comes in steps.
			outline.statusFilter().select(outline.statusFilter().indexOf(AnnotationStatus.PROPOSED.getLiteral()));
			outline.statusFilter().notifyListeners(SWT.Modify, null);
			assertEquals(0, table.getItemCount(), "no proposals");
			outline.statusFilter().select(0);
			outline.statusFilter().notifyListeners(SWT.Modify, null);
			assertEquals(AnnotationRows.ROWS_PER_STEP, table.getItemCount(), "the first step at once, the rest later");
			Annotation last = annotations.get(annotations.size() - 1);
			editor.select(last);
			// Its row is not there yet: selecting it now would fail.
			outline.follow(last);
			// A change while the rows come in: the first row goes.
			Annotation first = annotations.get(0);
			editor.getEditingDomain().getCommandStack().execute(new AnnotationCommands(editor.getEditingDomain()).deleteAnnotation(first));
			EditorFixture.settle();
			assertEquals(19_999, table.getItemCount());
			assertEquals(annotations.get(0).getId(), table.getItem(0).getText(0), "the rows taken in as the document is now");
			assertEquals(last.getId(), table.getItem(19_998).getText(0));
			assertEquals(List.of(last), List.of(outline.table().getStructuredSelection().toArray()), "chosen once its row came");
		}
	}

	@Test
	void thePropertiesOfAnAnnotationAreEditedWithTheSchemasChoicesAndUndone() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Properties")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			Event capture = (Event) editor.getDocument().getAnnotations().stream().filter(a -> a.getId().equals("E7")).findFirst().orElseThrow();
			editor.select(capture);
			EditorFixture.page().showView(IPageLayout.ID_PROP_SHEET);
			EditorFixture.settle();
			IPropertySource properties = Adapters.adapt(capture, IPropertySource.class);
			assertNotNull(properties);
			List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
			assertTrue(names.containsAll(List.of("Id", "Type", "Status", "Modality", "T35 LOC", "T36 GPE")), names.toString());

			properties.setPropertyValue("attribute:Modality", 1);
			assertEquals("asserted", modality(capture), "the first value after the empty choice");
			assertTrue(editor.isDirty());
			// Ctrl+Z while the Properties view has the focus undoes the change made there.
			EditorFixture.page().activate(EditorFixture.page().findView(IPageLayout.ID_PROP_SHEET));
			workbenchCommand("org.eclipse.ui.edit.undo");
			assertEquals("reported", modality(capture));
			workbenchCommand("org.eclipse.ui.edit.redo");
			assertEquals("asserted", modality(capture));
			EditorFixture.page().activate(editor);
			fixture.command("org.eclipse.ui.edit.undo");
			assertEquals("reported", modality(capture));
			EditorFixture.settle();
			assertEquals("reported", shownProperty("Modality"), "the Properties view shows what an undo in the editor did");
			fixture.command("org.eclipse.ui.edit.redo");
			EditorFixture.settle();
			assertEquals("asserted", shownProperty("Modality"), "and a redo, to the same annotation");
			fixture.command("org.eclipse.ui.edit.undo");

			// Capture's roles are Agent, Target, Place and Time; after them comes the choice that removes the argument.
			assertEquals(1, properties.getPropertyValue("argument:0"), "Zayn al-Abidin is a Target");
			properties.setPropertyValue("argument:0", 0);
			assertEquals("Agent", capture.getArguments().get(0).getRole());
			properties.setPropertyValue("argument:0", 4);
			assertEquals(1, capture.getArguments().size(), "the last choice removes the argument");

			int attack = editor.getSchema().getEventTypes().stream().map(AnnotationType::getName).toList().indexOf("Attack");
			properties.setPropertyValue("type", attack);
			assertEquals("Attack", capture.getType().getName());
			Screenshots.take(editor.getTextWidget().getShell(), "properties");
		}
	}

	/** Runs a command as a key would: through the handler of the part that has the focus. */
	private static void workbenchCommand(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		EditorFixture.settle();
	}

	@Test
	void thePaletteHidesShowsAndAppliesTypes() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Palette")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			SchemaPaletteView palette = (SchemaPaletteView) EditorFixture.page().showView(SchemaPaletteView.ID);
			EditorFixture.settle();
			Table types = palette.table().getTable();
			assertEquals(19, types.getItemCount(), "6 entity, 9 event and 4 relation types");
			TableItem gpe = Arrays.stream(types.getItems()).filter(item -> item.getText(0).equals("GPE")).findFirst().orElseThrow();
			int damasco = editor.getDocument().getText().indexOf("Damasco");
			assertNotNull(editor.getStyleAt(damasco));

			toggle(types, gpe, false);
			assertTrue(editor.isTypeHidden((AnnotationType) gpe.getData()));
			assertNull(editor.getStyleAt(damasco), "hidden types are not drawn");
			toggle(types, gpe, true);
			assertNotNull(editor.getStyleAt(damasco));

			int western = editor.getDocument().getText().indexOf("Western officials");
			editor.getTextWidget().setSelection(western, western + "Western officials".length());
			TableItem per = Arrays.stream(types.getItems()).filter(item -> item.getText(0).equals("PER")).findFirst().orElseThrow();
			types.setSelection(per);
			types.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
			EditorFixture.settle();
			Annotation created = editor.getCurrentAnnotation();
			assertEquals("PER", created.getType().getName(), "double-click applies the type like its key");
			assertEquals(western, created.getSpans().get(0).getBegin());
			Screenshots.take(editor.getTextWidget().getShell(), "palette");
		}
	}

	private static void toggle(Table table, TableItem item, boolean checked) {
		item.setChecked(checked);
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.item = item;
		click.detail = SWT.CHECK;
		table.notifyListeners(SWT.Selection, click);
		EditorFixture.settle();
	}

	@Test
	void schemaViolationsBecomeProblemsThatLeadToTheirAnnotation() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Problems")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			IFile file = fixture.project.getFile(EditorFixture.SAMPLE_TEXT);
			assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, 0).length, "the sample is valid");

			IMarker problem = saveAProblemWithE1(fixture, editor);
			String message = problem.getAttribute(IMarker.MESSAGE, "");
			assertTrue(message.startsWith("Annotation E1 (Desertion)"), message);
			EditorFixture.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			EditorFixture.settleFor(1500); // the Problems view refreshes after a delay
			IDE.gotoMarker(editor, problem);
			assertEquals("E1", editor.getCurrentAnnotation().getId());
			Screenshots.take(editor.getTextWidget().getShell(), "problems");
		}
	}

	/**
	 * The Problems view opens a closed document from its marker as {@link IDE#openEditor(IWorkbenchPage, IMarker)} does:
	 * the editor is asked to go to the marker at once, while its annotations are still loading (held back here by the
	 * project's rule, which the load needs for the markers), and shows the marker's annotation once they are there.
	 */
	@Test
	void aProblemOpenedWhileTheAnnotationsLoadLeadsToItsAnnotationOnceTheyAreThere() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Problem While Loading")) {
			IMarker problem = saveAProblemWithE1(fixture, fixture.open(EditorFixture.SAMPLE_TEXT));
			EditorFixture.page().closeAllEditors(false);
			EditorFixture.settle();

			AnnotationEditor editor;
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = (AnnotationEditor) IDE.openEditor(EditorFixture.page(), problem);
				EditorFixture.settleFor(300);
				assertTrue(editor.isLoadingAnnotations(), "the editor was asked to go to the marker before its annotations were there");
				assertNull(editor.getCurrentAnnotation());
				assertEquals(0, editor.getTextWidget().getCaretOffset());
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);

			Annotation e1 = editor.getDocument().getAnnotations().stream().filter(annotation -> "E1".equals(annotation.getId()))
					.findFirst().orElseThrow();
			assertSame(e1, editor.getCurrentAnnotation(), "the marker's annotation is the current one");
			assertEquals(new StructuredSelection(e1), editor.getSite().getSelectionProvider().getSelection(),
					"and the selection the Properties view shows");
			int begin = e1.getSpans().get(0).getBegin();
			assertEquals(begin, editor.getTextWidget().getCaretOffset(), "the caret is at its first span");
			StyledText text = editor.getTextWidget();
			int line = text.getLineAtOffset(begin);
			assertTrue(line >= text.getTopIndex() && line < text.getTopIndex() + text.getClientArea().height / text.getLineHeight(),
					"which is on screen");
		}
	}

	/** Ahmed deserts in E1; as a DATE he can no longer be its Person. Saved, that is the document's one problem. */
	private static IMarker saveAProblemWithE1(EditorFixture fixture, AnnotationEditor editor) throws Exception {
		int ahmed = editor.getDocument().getText().indexOf("Ahmed recounted");
		editor.getTextWidget().setSelection(ahmed + 1);
		EditorFixture.settle();
		editor.applyType(editor.getSchema().getEntityTypes().stream().filter(t -> t.getName().equals("DATE")).findFirst().orElseThrow());
		fixture.command("org.eclipse.ui.file.save");
		IMarker[] problems = fixture.project.getFile(EditorFixture.SAMPLE_TEXT).findMarkers(ProblemMarkers.TYPE, false, 0);
		assertEquals(1, problems.length);
		return problems[0];
	}

	@Test
	void proposalsAreReviewedInBulkInOneStepAndCountedInTheStatusLine() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Bulk Review")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			AnnotationEditorContributor contributor = (AnnotationEditorContributor) editor.getEditorSite().getActionBarContributor();
			assertEquals("4 proposals to review", contributor.pendingProposalsText());

			fixture.command("org.glossator.ui.nextProposal");
			assertEquals("DATE", editor.getCurrentAnnotation().getType().getName());
			fixture.command("org.glossator.ui.acceptAll");
			assertEquals("1 proposal to review", contributor.pendingProposalsText(), "the three DATE proposals are accepted");
			fixture.command("org.eclipse.ui.edit.undo");
			assertEquals("4 proposals to review", contributor.pendingProposalsText(), "one undo takes the whole step back");

			int family = editor.getDocument().getText().indexOf("family gathering in Moscow");
			editor.getTextWidget().setSelection(family, family + "family gathering in Moscow".length());
			fixture.command("org.glossator.ui.rejectAll");
			Annotation moscow = editor.getDocument().getAnnotations().stream().filter(a -> a.getId().equals("T46")).findFirst().orElseThrow();
			assertEquals(AnnotationStatus.REJECTED, moscow.getStatus(), "only the proposal within the selection");
			assertEquals("3 proposals to review", contributor.pendingProposalsText());
		}
	}

	/** The value the Properties view shows in a property's row. */
	private static String shownProperty(String name) {
		PageBookView view = (PageBookView) EditorFixture.page().findView(IPageLayout.ID_PROP_SHEET);
		return rows(((Tree) view.getCurrentPage().getControl()).getItems()).filter(row -> row.getText(0).equals(name))
				.map(row -> row.getText(1)).findFirst().orElse(null);
	}

	private static Stream<TreeItem> rows(TreeItem[] items) {
		return Arrays.stream(items).flatMap(item -> Stream.concat(Stream.of(item), rows(item.getItems())));
	}

	private static String modality(Annotation annotation) {
		return annotation.getAttributes().stream().filter(a -> a.getName().equals("Modality")).map(AttributeValue::getValue).findFirst().orElse(null);
	}
}
