package org.glossator.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.internal.SchemaTypeLists;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Gives importers the schema types of the annotations they read, for one import (one or many files): first the
 * {@link TypeMapping} turns a foreign name into a schema type's name, then a name the schema does not have is handled
 * as {@link UnknownTypes} says: refused, added to a copy of the schema ({@link #schema()}, {@link #newTypes()}),
 * or dropped. Importers ask {@link #resolve} for each annotation's type and hand each document they read to
 * {@link #imported}, which takes out what is dropped and lists it. Not thread-safe: one import at a time.
 */
public final class TypeResolver {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private final Schema schema;
	private final TypeMapping mapping;
	private final UnknownTypes unknownTypes;
	private final Map<String, AnnotationType> byName = new LinkedHashMap<>();
	private final Set<AnnotationType> added = new LinkedHashSet<>();
	/** Stand-ins for the types of annotations to drop, with the reason they are dropped. */
	private final Map<AnnotationType, String> dropped = new IdentityHashMap<>();
	private final Map<String, AnnotationType> droppedByName = new LinkedHashMap<>();
	private final Set<String> unknown = new LinkedHashSet<>();

	/**
	 * @param schema the corpus's schema; with {@link UnknownTypes#ADD_TO_SCHEMA} it stays unchanged and types are
	 *            added to a copy
	 */
	public TypeResolver(Schema schema, TypeMapping mapping, UnknownTypes unknownTypes) {
		this.schema = unknownTypes == UnknownTypes.ADD_TO_SCHEMA ? EcoreUtil.copy(schema) : schema;
		this.mapping = mapping;
		this.unknownTypes = unknownTypes;
		Stream.of(this.schema.getEntityTypes(), this.schema.getEventTypes(), this.schema.getRelationTypes()).flatMap(List::stream)
				.forEach(type -> byName.put(type.getName(), type));
	}

	/** Types of the schema only, no mapping: what importers did before mappings existed. */
	public static TypeResolver strict(Schema schema) {
		return new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.REFUSE);
	}

	/** The schema the imported annotations' types belong to: the corpus's, or its grown copy. */
	public Schema schema() {
		return schema;
	}

	public TypeMapping mapping() {
		return mapping;
	}

	public UnknownTypes unknownTypes() {
		return unknownTypes;
	}

	/** Whether annotations of a type {@link #resolve} gave stay, rather than being dropped by {@link #imported}. */
	public boolean carries(AnnotationType type) {
		return !dropped.containsKey(type);
	}

	/** The types added to {@link #schema()} so far, in the order they were met. */
	public List<AnnotationType> newTypes() {
		return List.copyOf(added);
	}

	/** The names (after mapping) that the schema lacked so far, whatever became of them. */
	public Set<String> unknownNames() {
		return Collections.unmodifiableSet(unknown);
	}

	/** {@link #resolve(String, Class, UnaryOperator)} for formats whose annotations have no features. */
	public <T extends AnnotationType> T resolve(String foreignName, Class<T> kind) {
		return resolve(foreignName, kind, feature -> null);
	}

	/**
	 * The type for an annotation of {@code foreignName}. A dropped annotation gets a stand-in type, of the right kind
	 * but in no schema, so that the importer builds it like any other; {@link #imported} takes it out.
	 *
	 * @param kind the kind the annotation needs; {@code AnnotationType.class} when any will do (a new type is then an
	 *            entity type)
	 * @param features the annotation's feature values by name, for {@code type/feature} rules
	 * @throws IllegalArgumentException when the type is unknown and refused, or of another kind; the message
	 *             ("PER, which the schema does not define") follows "T1 has the type " in the importer's message
	 */
	public <T extends AnnotationType> T resolve(String foreignName, Class<T> kind, UnaryOperator<String> features) {
		String name = mapping.target(foreignName, features).orElse(foreignName);
		String mapped = name.equals(foreignName) ? "" : " (mapped from " + foreignName + " by " + mapping.file() + ")";
		if (name.equals(TypeMapping.DROP)) {
			return kind.cast(standIn(foreignName, kind, "type dropped by the mapping"));
		}
		AnnotationType type = byName.get(name);
		if (type == null) {
			unknown.add(name);
			switch (unknownTypes) {
				case REFUSE -> throw new UnknownTypeException(name, name + mapped + ", which the schema does not define");
				case DROP -> {
					return kind.cast(standIn(name, kind, "type not in the schema"));
				}
				case ADD_TO_SCHEMA -> type = add(name, kind);
			}
		}
		if (!kind.isInstance(type)) {
			throw new IllegalArgumentException(name + mapped + ", which is no " + kindName(kind));
		}
		return kind.cast(type);
	}

	private AnnotationType add(String name, Class<? extends AnnotationType> kind) {
		AnnotationType type = newType(name, kind);
		SchemaTypeLists.add(schema, type);
		byName.put(name, type);
		added.add(type);
		return type;
	}

	private AnnotationType standIn(String name, Class<? extends AnnotationType> kind, String reason) {
		String key = kind.getSimpleName() + ":" + name;
		AnnotationType type = droppedByName.get(key);
		if (type == null) {
			type = newType(name, kind);
			droppedByName.put(key, type);
			dropped.put(type, reason);
		}
		return type;
	}

	/** A type of that name and kind, in no schema yet; of any kind means an entity type. */
	private static AnnotationType newType(String name, Class<? extends AnnotationType> kind) {
		AnnotationType type = kind == EventType.class ? FACTORY.createEventType()
				: kind == RelationType.class ? FACTORY.createRelationType() : FACTORY.createEntityType();
		type.setName(name);
		return type;
	}

	/**
	 * A document as an importer read it, with its types resolved here: annotations of dropped types leave it, and so
	 * do arguments and relations that need them, each listed after {@code notCarried}; types added to the schema
	 * learn the roles and attributes their annotations use.
	 */
	public ImportedDocument imported(Document document, List<Loss> notCarried) {
		List<Loss> losses = new ArrayList<>(notCarried);
		Set<Annotation> gone = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Annotation annotation : document.getAnnotations()) {
			String reason = dropped.get(annotation.getType());
			if (reason != null) {
				gone.add(annotation);
				losses.add(new Loss(AnnotationValidator.label(annotation) + spans(annotation), reason));
			}
		}
		// Relations may end at relations, so dropping one can drop another: repeat until nothing changes.
		for (boolean changed = !gone.isEmpty(); changed;) {
			changed = false;
			for (Annotation annotation : document.getAnnotations()) {
				if (annotation instanceof Relation relation && !gone.contains(relation)
						&& (gone.contains(relation.getSource()) || gone.contains(relation.getTarget()))) {
					gone.add(relation);
					losses.add(new Loss(AnnotationValidator.label(relation), "relation with a dropped end"));
					changed = true;
				}
			}
		}
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation instanceof Event event && !gone.contains(event)) {
				for (Argument argument : List.copyOf(event.getArguments())) {
					if (gone.contains(argument.getFiller())) {
						event.getArguments().remove(argument);
						losses.add(new Loss(AnnotationValidator.label(event) + " " + argument.getRole(), "argument filled by a dropped annotation"));
					}
				}
			}
		}
		document.getAnnotations().removeIf(gone::contains);
		document.getAnnotations().forEach(this::teachNewType);
		return new ImportedDocument(document, losses);
	}

	/** A new type has no definitions yet: it takes the roles and attributes its annotations use, open to any value. */
	private void teachNewType(Annotation annotation) {
		AnnotationType type = annotation.getType();
		if (!added.contains(type)) {
			return;
		}
		annotation.getAttributes().forEach(value -> {
			if (type.getAttributes().stream().noneMatch(definition -> definition.getName().equals(value.getName()))) {
				AttributeDefinition definition = FACTORY.createAttributeDefinition();
				definition.setName(value.getName());
				type.getAttributes().add(definition);
			}
		});
		if (annotation instanceof Event event && type instanceof EventType eventType) {
			event.getArguments().forEach(argument -> {
				if (eventType.getRoles().stream().noneMatch(role -> role.getName().equals(argument.getRole()))) {
					Role role = FACTORY.createRole();
					role.setName(argument.getRole());
					eventType.getRoles().add(role);
				}
			});
		}
	}

	/** " 2-7;9-12", or nothing for a relation. */
	private static String spans(Annotation annotation) {
		return annotation.getSpans().stream().map(span -> span.getBegin() + "-" + span.getEnd()).reduce((a, b) -> a + ";" + b).map(" "::concat).orElse("");
	}

	private static String kindName(Class<?> kind) {
		return kind.getSimpleName().replace("Type", "").toLowerCase() + " type";
	}

	/** A type the schema lacks, refused: the message names it, {@link #typeName()} gives it to callers. */
	public static final class UnknownTypeException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final String typeName;

		UnknownTypeException(String typeName, String message) {
			super(message);
			this.typeName = typeName;
		}

		public String typeName() {
			return typeName;
		}
	}
}
