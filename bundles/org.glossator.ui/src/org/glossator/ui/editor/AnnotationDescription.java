package org.glossator.ui.editor;

import java.util.stream.Collectors;

import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Span;

/** An annotation in a few lines of text, for hovers: type and id, status and origin, attributes, arguments. */
public final class AnnotationDescription {

	private AnnotationDescription() {
	}

	static String of(Annotation annotation, Document document) {
		StringBuilder description = new StringBuilder();
		description.append(typeName(annotation)).append(' ').append(annotation.getId());
		if (!annotation.getSpans().isEmpty()) {
			description.append(": \u201c").append(coveredText(annotation, document)).append('\u201d');
		}
		description.append('\n').append(annotation.getStatus().getLiteral());
		if (annotation.getStatus() == AnnotationStatus.PROPOSED || !"human".equals(annotation.getOrigin())) {
			description.append(" by ").append(annotation.getOrigin());
			if (annotation.getConfidence() != null) {
				description.append(String.format(", confidence %.0f%%", annotation.getConfidence() * 100));
			}
		}
		for (AttributeValue attribute : annotation.getAttributes()) {
			description.append('\n').append(attribute.getName()).append(" = ").append(attribute.getValue());
		}
		if (annotation instanceof Event event) {
			for (Argument argument : event.getArguments()) {
				description.append('\n').append(argument.getRole()).append(": ").append(label(argument.getFiller(), document));
			}
		}
		if (annotation instanceof Relation relation) {
			description.append('\n').append(label(relation.getSource(), document)).append(" \u2192 ").append(label(relation.getTarget(), document));
		}
		return description.toString();
	}

	private static String label(Annotation annotation, Document document) {
		return annotation == null ? "(none)" : typeName(annotation) + " \u201c" + coveredText(annotation, document) + "\u201d";
	}

	private static String typeName(Annotation annotation) {
		return annotation.getType() == null ? "?" : annotation.getType().getName();
	}

	/** The text an annotation covers, its fragments joined by an ellipsis. */
	public static String coveredText(Annotation annotation, Document document) {
		return annotation.getSpans().stream().map((Span span) -> document.getText().substring(span.getBegin(), span.getEnd()))
				.collect(Collectors.joining(" \u2026 "));
	}
}
