package org.glossator.io;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.glossator.model.Span;

/** Order-independent descriptions of documents and schemas, for comparing what a round trip kept. */
public final class Canonical {

	private Canonical() {
	}

	/** One line per annotation, sorted: id, kind, type, spans, attributes, arguments or ends. */
	public static List<String> annotations(Document document) {
		return document.getAnnotations().stream().map(Canonical::annotation).sorted().toList();
	}

	public static String annotation(Annotation annotation) {
		StringBuilder line = new StringBuilder(annotation.getId()).append(' ').append(annotation.eClass().getName()).append(' ')
				.append(annotation.getType().getName())
				.append(annotation.getSpans().stream().map(Canonical::span).collect(Collectors.joining(";", " [", "]")))
				.append(annotation.getAttributes().stream().map(value -> value.getName() + "=" + value.getValue())
						.collect(Collectors.joining(",", " {", "}")));
		if (annotation instanceof Event event) {
			line.append(event.getArguments().stream().map(argument -> argument.getRole() + ":" + argument.getFiller().getId())
					.collect(Collectors.joining(" ", " (", ")")));
		} else if (annotation instanceof Relation relation) {
			line.append(' ').append(relation.getSource().getId()).append("->").append(relation.getTarget().getId());
		}
		return line.toString();
	}

	/** One line per type with kind, attributes, roles and end types; colours and keys left out. */
	public static List<String> types(Schema schema) {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes())
				.flatMap(List::stream).map(Canonical::type).toList();
	}

	private static String type(AnnotationType type) {
		StringBuilder line = new StringBuilder(type.eClass().getName()).append(' ').append(type.getName())
				.append(type.getAttributes().stream().map(Canonical::attribute).collect(Collectors.joining(",", " {", "}")));
		if (type instanceof EventType eventType) {
			line.append(eventType.getRoles().stream()
					.map(role -> role.getName() + role.getMinOccurs() + ".." + role.getMaxOccurs() + ":" + names(role.getFillerTypes()))
					.collect(Collectors.joining(" ", " (", ")")));
		} else if (type instanceof RelationType relationType) {
			line.append(' ').append(names(relationType.getSourceTypes())).append("->").append(names(relationType.getTargetTypes()))
					.append(relationType.isSymmetric() ? " symmetric" : "");
		}
		return line.toString();
	}

	private static String attribute(AttributeDefinition definition) {
		return definition.getName() + definition.getValues();
	}

	private static String names(List<? extends AnnotationType> types) {
		return types.stream().map(AnnotationType::getName).collect(Collectors.joining("|"));
	}

	private static String span(Span span) {
		return span.getBegin() + "-" + span.getEnd();
	}
}
