package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.model.AnnotationType;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;

/**
 * Adds to the schema an editor works with the types that {@code schema.xmi} has gained on disk, as an import does when
 * it adds the types it met ({@code UnknownTypes.ADD_TO_SCHEMA}).
 * <p>
 * The schema grows in place rather than being reloaded: the document's annotations, the command stack's undo history,
 * the hidden types and the views all keep pointing at the same type objects, so none of them needs mending, and
 * annotation files name their types by id ({@code schema.xmi#GPE}), so the document saves as before. Reloading the
 * schema resource instead would turn every type into a proxy that each of those holders would have to let go of.
 * Types that changed or vanished on disk are left as they are here: the document may use them, and only reopening
 * the document checks it against the schema anew.
 */
final class SchemaGrowth {

	/**
	 * @param added the types copied into the editor's schema, in the order of the file
	 * @param otherChanges whether the file also changed or dropped types (or renamed the schema), which the editor
	 *            shows only once reopened
	 */
	record Result(List<AnnotationType> added, boolean otherChanges) {
	}

	private SchemaGrowth() {
	}

	/** Copies into {@code schema} the types of {@code onDisk} it lacks; their references to known types point at its own. */
	static Result grow(Schema schema, Schema onDisk) {
		Map<String, AnnotationType> known = new HashMap<>();
		SchemaPaletteView.typesOf(schema).forEach(type -> known.put(type.getName(), type));
		Map<EObject, EObject> sameType = new HashMap<>();
		boolean otherChanges = !Objects.equals(schema.getName(), onDisk.getName());
		for (AnnotationType type : SchemaPaletteView.typesOf(onDisk)) {
			AnnotationType own = known.get(type.getName());
			if (own != null && own.eClass() == type.eClass()) {
				sameType.put(type, own);
				otherChanges |= !EcoreUtil.equals(own, type);
			} else if (own != null) {
				// The same name as another kind of type: not taken in (names are ids), shown once reopened.
				sameType.put(type, null);
				otherChanges = true;
			}
		}
		otherChanges |= sameType.size() < known.size();
		// A role or relation of a new type that allows a known type must allow the editor's object of it, not the file's.
		EcoreUtil.Copier copier = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			@Override
			public EObject get(Object original) {
				EObject copy = super.get(original);
				return copy != null ? copy : sameType.get(original);
			}
		};
		List<EntityType> entities = copies(onDisk.getEntityTypes(), sameType, copier);
		List<EventType> events = copies(onDisk.getEventTypes(), sameType, copier);
		List<RelationType> relations = copies(onDisk.getRelationTypes(), sameType, copier);
		// Complete before they join the schema, whose listeners (the palette) show them at once.
		copier.copyReferences();
		schema.getEntityTypes().addAll(entities);
		schema.getEventTypes().addAll(events);
		schema.getRelationTypes().addAll(relations);
		List<AnnotationType> added = new ArrayList<>(entities);
		added.addAll(events);
		added.addAll(relations);
		return new Result(added, otherChanges);
	}

	private static <T extends AnnotationType> List<T> copies(List<T> onDisk, Map<EObject, EObject> sameType, EcoreUtil.Copier copier) {
		List<T> copies = new ArrayList<>();
		for (T type : onDisk) {
			if (!sameType.containsKey(type)) {
				@SuppressWarnings("unchecked")
				T copy = (T) copier.copy(type);
				copies.add(copy);
			}
		}
		return copies;
	}
}
