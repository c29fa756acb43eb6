package org.glossator.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTypesTest {

	@TempDir
	Path folder;

	@Test
	void everySchemaTypeBecomesAUimaTypeWithRolesAndAttributesAsFeatures() throws Exception {
		Schema schema = SampleCorpus.open(folder).corpus().getSchema();
		SchemaTypes types = SchemaTypes.of(schema);
		CAS cas = CasCreationUtils.createCas(types.description(), null, null);

		Type per = cas.getTypeSystem().getType("org.glossator.schema.PER");
		assertEquals(GlossatorTypes.ENTITY, cas.getTypeSystem().getParent(per).getName());
		Type attack = cas.getTypeSystem().getType("org.glossator.schema.Attack");
		assertEquals(GlossatorTypes.EVENT, cas.getTypeSystem().getParent(attack).getName());
		assertEquals(GlossatorTypes.SCHEMA_ANNOTATION + "[]", attack.getFeatureByBaseName("role_Agent").getRange().getName());
		assertEquals(CAS.TYPE_NAME_STRING, attack.getFeatureByBaseName("attr_Modality").getRange().getName());
		Type leaderOf = cas.getTypeSystem().getType("org.glossator.schema.Leader_of");
		assertNotNull(leaderOf.getFeatureByBaseName(GlossatorTypes.SOURCE));
		assertSame(SampleCorpus.type(schema, "Leader-of"), types.schemaType("org.glossator.schema.Leader_of"));
		int schemaTypeCount = schema.getEntityTypes().size() + schema.getEventTypes().size() + schema.getRelationTypes().size();
		assertEquals(schemaTypeCount, cas.getTypeSystem().getProperlySubsumedTypes(
				cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION)).stream()
				.filter(type -> type.getName().startsWith(SchemaTypes.PACKAGE)).count());
	}

	@Test
	void namesThatAreNoIdentifiersAreMadeOnesAndCollisionsRefused() {
		Schema schema = GlossatorFactory.eINSTANCE.createSchema();
		schema.getEntityTypes().add(entityType("2nd-place"));
		schema.getEntityTypes().add(entityType("Ubicación"));
		SchemaTypes types = SchemaTypes.of(schema);
		assertEquals("org.glossator.schema._2nd_place", types.uimaName(schema.getEntityTypes().get(0)));
		assertEquals("org.glossator.schema.Ubicación", types.uimaName(schema.getEntityTypes().get(1)));

		schema.getEntityTypes().add(entityType("2nd place"));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SchemaTypes.of(schema));
		assertTrue(refused.getMessage().contains("2nd-place and 2nd place"), refused.getMessage());
	}

	private static EntityType entityType(String name) {
		EntityType type = GlossatorFactory.eINSTANCE.createEntityType();
		type.setName(name);
		return type;
	}
}
