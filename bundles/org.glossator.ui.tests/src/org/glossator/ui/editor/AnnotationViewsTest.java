package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
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

			outline.typeOrTextFilter().setText("");
			Annotation first = editor.getDocument().getAnnotations().get(0);
			editor.select(first);
			assertSame(first, outline.table().getStructuredSelection().getFirstElement(), "and the other way round");
			Screenshots.take(editor.getTextWidget().getShell(), "outline");
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
			assertTrue(names.containsAll(List.of("Id", "Type", "Status", "Modality", "Target")), names.toString());

			properties.setPropertyValue("attribute:Modality", 1);
			assertEquals("asserted", modality(capture), "the first value after the empty choice");
			assertTrue(editor.isDirty());
			EditorFixture.page().activate(editor);
			fixture.command("org.eclipse.ui.edit.undo");
			assertEquals("reported", modality(capture));

			int attack = Arrays.asList(capture.getType().eContainer() instanceof org.glossator.model.Schema schema
					? schema.getEventTypes().stream().map(t -> t.getName()).toArray(String[]::new) : new String[0]).indexOf("Attack");
			properties.setPropertyValue("type", attack);
			assertEquals("Attack", capture.getType().getName());
			Screenshots.take(editor.getTextWidget().getShell(), "properties");
		}
	}

	private static String modality(Annotation annotation) {
		return annotation.getAttributes().stream().filter(a -> a.getName().equals("Modality")).map(AttributeValue::getValue).findFirst().orElse(null);
	}
}
