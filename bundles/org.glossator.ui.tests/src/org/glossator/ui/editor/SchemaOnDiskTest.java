package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.Test;

/**
 * An open editor takes in the types that an import adds to {@code schema.xmi} on disk: written as the import writes it
 * (the store's atomic replace), then seen by the workspace's refresh, as the import wizard does after importing.
 */
class SchemaOnDiskTest {

	@Test
	void aCleanEditorOffersTheNewTypesAndKeepsItsAnnotations() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Grown schema")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			SchemaPaletteView palette = (SchemaPaletteView) EditorFixture.page().showView(SchemaPaletteView.ID);
			EditorFixture.page().activate(editor);
			EditorFixture.settle();
			Map<String, AnnotationType> typesBefore = typesById(editor.getDocument());
			AnnotationType per = type(editor.getSchema(), "PER");

			growSchemaOnDisk(fixture);

			Table types = palette.table().getTable();
			assertEquals(21, types.getItemCount(), "the palette lists the two new types");
			TableItem weapon = Arrays.stream(types.getItems()).filter(item -> item.getText(0).equals("WEA")).findFirst().orElseThrow();
			assertEquals("v", weapon.getText(1));
			assertTrue(weapon.getChecked(), "a new type shows");
			RelationType uses = (RelationType) type(editor.getSchema(), "Uses");
			assertSame(per, uses.getSourceTypes().get(0), "a new relation type allows the editor's own PER");
			assertSame(type(editor.getSchema(), "WEA"), uses.getTargetTypes().get(0));
			assertEquals(typesBefore, typesById(editor.getDocument()), "every annotation keeps its very type object");
			assertFalse(editor.isDirty());
			assertTrue(EditorFixture.statusLine().contains("New types from schema.xmi: WEA, Uses."), EditorFixture.statusLine());

			int officials = editor.getDocument().getText().indexOf("officials");
			editor.getTextWidget().setSelection(officials, officials + "officials".length());
			fixture.typeKey('v');
			Annotation created = editor.getCurrentAnnotation();
			assertEquals("WEA", created.getType().getName(), "the new type's key applies it");
			assertEquals(officials, created.getSpans().get(0).getBegin());
			assertEquals(new org.eclipse.swt.graphics.RGB(0x12, 0x34, 0x56), TypeColors.of(created.getType()));

			editor.doSave(new NullProgressMonitor());
			Document reloaded = CorpusStore.open(editor.getCorpusFolder()).load(editor.getTextFile());
			assertEquals("WEA", reloaded.getAnnotations().stream().filter(annotation -> annotation.getId().equals(created.getId()))
					.findFirst().orElseThrow().getType().getName(), "the saved annotation names the new type in schema.xmi");
			assertEquals(typesBefore.size() + 1, reloaded.getAnnotations().size());
		}
	}

	@Test
	void aDirtyEditorKeepsItsModelUntilSaved() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Grown schema, unsaved")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			EditorFixture.page().activate(editor);
			int officials = editor.getDocument().getText().indexOf("officials");
			editor.getTextWidget().setSelection(officials, officials + "officials".length());
			fixture.typeKey('p');
			Annotation unsaved = editor.getCurrentAnnotation();
			assertTrue(editor.isDirty());
			int typeCount = editor.getSchema().getEntityTypes().size();

			growSchemaOnDisk(fixture);

			assertEquals(typeCount, editor.getSchema().getEntityTypes().size(), "the model stays as it was");
			assertTrue(editor.isDirty());
			assertTrue(editor.getDocument().getAnnotations().contains(unsaved), "the unsaved annotation is still there");
			assertTrue(editor.getEditingDomain().getCommandStack().canUndo());
			assertTrue(EditorFixture.statusLine().contains("new types become available here once this document is saved"),
					EditorFixture.statusLine());

			editor.doSave(new NullProgressMonitor());
			EditorFixture.settle();
			assertEquals("WEA", editor.getSchema().getEntityTypes().get(typeCount).getName(), "saving takes the new types in");
			assertEquals("PER", unsaved.getType().getName());
		}
	}

	@Test
	void aSchemaFileThatCannotBeReadLeavesTheEditorAsItWas() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Broken schema")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			EditorFixture.page().activate(editor);
			List<AnnotationType> before = List.copyOf(editor.getSchema().getEntityTypes());
			Path schemaFile = editor.getCorpusFolder().resolve("schema.xmi");
			Files.writeString(schemaFile, "<glossator:Schema xmlns:glossator=\"http://glossator.org/model/1.0\"><entityTypes",
					StandardCharsets.UTF_8);
			fixture.project.refreshLocal(IResource.DEPTH_ONE, null);
			EditorFixture.settle();

			assertEquals(before, editor.getSchema().getEntityTypes());
			assertTrue(EditorFixture.statusLine().contains("The schema here stays as it was") && EditorFixture.statusLine().contains(schemaFile.toString()),
					EditorFixture.statusLine());
			int officials = editor.getDocument().getText().indexOf("officials");
			editor.getTextWidget().setSelection(officials, officials + "officials".length());
			fixture.typeKey('p');
			assertEquals("PER", editor.getCurrentAnnotation().getType().getName(), "the editor works on");
			assertEquals(officials, editor.getCurrentAnnotation().getSpans().get(0).getBegin());
		}
	}

	@Test
	void aSchemaGrownWhileTheAnnotationsLoadIsTakenInOnceTheyAreThere() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Grown schema, loading")) {
			AnnotationEditor editor;
			// The load waits for the project to update its Problems markers: it cannot end while the test holds the rule.
			Job.getJobManager().beginRule(fixture.project, null);
			try {
				editor = fixture.openLoading(EditorFixture.SAMPLE_TEXT);
				growSchemaOnDisk(fixture);
				EditorFixture.settleFor(200);
				assertTrue(editor.isLoadingAnnotations());
				assertNull(type(editor.getSchema(), "WEA"), "the load owns the schema until it is done");
			} finally {
				Job.getJobManager().endRule(fixture.project);
			}
			EditorFixture.waitForAnnotations(editor);
			assertNotNull(type(editor.getSchema(), "WEA"));
			assertEquals(60, editor.getDocument().getAnnotations().size());
		}
	}

	/** Adds an entity type and a relation type between it and PER, as an import adding the types it met would. */
	private static void growSchemaOnDisk(EditorFixture fixture) throws Exception {
		CorpusStore importing = CorpusStore.open(Path.of(fixture.project.getLocationURI()));
		Schema schema = importing.corpus().getSchema();
		EntityType weapon = GlossatorFactory.eINSTANCE.createEntityType();
		weapon.setName("WEA");
		weapon.setKey("v");
		weapon.setColor("#123456");
		schema.getEntityTypes().add(weapon);
		RelationType uses = GlossatorFactory.eINSTANCE.createRelationType();
		uses.setName("Uses");
		uses.getSourceTypes().add(type(schema, "PER"));
		uses.getTargetTypes().add(weapon);
		schema.getRelationTypes().add(uses);
		importing.saveSchema();
		fixture.project.refreshLocal(IResource.DEPTH_ONE, null);
		EditorFixture.settle();
	}

	private static AnnotationType type(Schema schema, String name) {
		return List.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).stream().flatMap(List::stream)
				.map(AnnotationType.class::cast).filter(type -> type.getName().equals(name)).findFirst().orElse(null);
	}

	private static Map<String, AnnotationType> typesById(Document document) {
		Map<String, AnnotationType> types = new HashMap<>();
		document.getAnnotations().forEach(annotation -> types.put(annotation.getId(), annotation.getType()));
		return types;
	}
}
