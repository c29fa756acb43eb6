package org.glossator.io.internal;

import org.glossator.model.AnnotationType;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;

/** Puts a type into the schema's list of its kind. */
public final class SchemaTypeLists {

	private SchemaTypeLists() {
	}

	public static void add(Schema schema, AnnotationType type) {
		if (type instanceof EntityType entityType) {
			schema.getEntityTypes().add(entityType);
		} else if (type instanceof EventType eventType) {
			schema.getEventTypes().add(eventType);
		} else {
			schema.getRelationTypes().add((RelationType) type);
		}
	}
}
