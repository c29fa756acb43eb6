package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.model.AnnotationType;
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
			if (own != null) {
				sameType.put(type, own);
				otherChanges |= !EcoreUtil.equals(own, type);
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
		List<AnnotationType> added = new ArrayList<>();
		added.addAll(addNew(onDisk.getEntityTypes(), schema.getEntityTypes(), sameType, copier));
		added.addAll(addNew(onDisk.getEventTypes(), schema.getEventTypes(), sameType, copier));
		added.addAll(addNew(onDisk.getRelationTypes(), schema.getRelationTypes(), sameType, copier));
		copier.copyReferences();
		return new Result(added, otherChanges);
	}

	private static <T extends AnnotationType> List<T> addNew(List<T> onDisk, List<T> own, Map<EObject, EObject> sameType,
			EcoreUtil.Copier copier) {
		List<T> copies = new ArrayList<>();
		for (T type : onDisk) {
			if (!sameType.containsKey(type)) {
				@SuppressWarnings("unchecked")
				T copy = (T) copier.copy(type);
				copies.add(copy);
			}
		}
		own.addAll(copies);
		return copies;
	}
}
