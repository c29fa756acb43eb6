package org.glossator.io;

import java.util.List;
import java.util.stream.Stream;

import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Schema;
import org.glossator.model.Span;

/** Builds annotations on a loaded document by the text they cover, with types of its corpus's schema. */
public final class TestDocuments {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private TestDocuments() {
	}

	public static AnnotationType type(Schema schema, String name) {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).flatMap(List::stream)
				.filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
	}

	/** An entity mention over the first occurrence of each fragment, in order. */
	public static EntityMention mention(Schema schema, Document document, String id, String type, String... fragments) {
		return add(schema, document, FACTORY.createEntityMention(), id, type, fragments);
	}

	/** An event with its trigger and arguments given as role, filler, role, filler, ... */
	public static Event event(Schema schema, Document document, String id, String type, String trigger, Object... rolesAndFillers) {
		Event event = add(schema, document, FACTORY.createEvent(), id, type, trigger);
		for (int i = 0; i < rolesAndFillers.length; i += 2) {
			Argument argument = FACTORY.createArgument();
			argument.setRole((String) rolesAndFillers[i]);
			argument.setFiller((Annotation) rolesAndFillers[i + 1]);
			event.getArguments().add(argument);
		}
		return event;
	}

	public static Relation relation(Schema schema, Document document, String id, String type, Annotation source, Annotation target) {
		Relation relation = FACTORY.createRelation();
		relation.setId(id);
		relation.setType(type(schema, type));
		relation.setSource(source);
		relation.setTarget(target);
		document.getAnnotations().add(relation);
		return relation;
	}

	public static <T extends Annotation> T attribute(T annotation, String name, String value) {
		AttributeValue attribute = FACTORY.createAttributeValue();
		attribute.setName(name);
		attribute.setValue(value);
		annotation.getAttributes().add(attribute);
		return annotation;
	}

	private static <T extends Annotation> T add(Schema schema, Document document, T annotation, String id, String type, String... fragments) {
		annotation.setId(id);
		annotation.setType(type(schema, type));
		int from = 0;
		for (String fragment : fragments) {
			int begin = document.getText().indexOf(fragment, from);
			if (begin < 0) {
				throw new IllegalArgumentException("'" + fragment + "' is not in the text after offset " + from);
			}
			Span span = FACTORY.createSpan();
			span.setBegin(begin);
			span.setEnd(begin + fragment.length());
			annotation.getSpans().add(span);
			from = begin + fragment.length();
		}
		document.getAnnotations().add(annotation);
		return annotation;
	}
}
