package org.glossator.io.jsonl;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.stream.JsonWriter;

import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Span;

/**
 * Glossator's own JSON lines: per document its name, language, status and text, its entity
 * mentions under {@code spans}, its {@code events} with their arguments and its
 * {@code relations}, each with id, label and attributes. A span's {@code start} and
 * {@code end} enclose its fragments, listed under {@code fragments} when there are several;
 * {@code text} is what the fragments cover, joined by a space, as in brat.
 */
public final class JsonlExporter extends JsonLinesExporter {

	@Override
	void write(Document document, String name, JsonWriter writer, LossReport report) throws IOException {
		CodePointOffsets offsets = new CodePointOffsets(document.getText());
		List<Annotation> accepted = AcceptedAnnotations.of(document, name, report);
		writer.beginObject();
		writer.name(JsonlKeys.NAME).value(name);
		writer.name(JsonlKeys.LANGUAGE).value(document.getLanguage());
		writer.name(JsonlKeys.STATUS).value(document.getStatus().getLiteral());
		writer.name(JsonlKeys.TEXT).value(document.getText());
		writer.name(JsonlKeys.SPANS).beginArray();
		for (Annotation annotation : accepted) {
			if (annotation instanceof EntityMention) {
				writeSpanned(annotation, document.getText(), offsets, writer);
				writer.endObject();
			}
		}
		writer.endArray();
		writer.name(JsonlKeys.EVENTS).beginArray();
		for (Annotation annotation : accepted) {
			if (annotation instanceof Event event) {
				writeSpanned(event, document.getText(), offsets, writer);
				writer.name(JsonlKeys.ARGUMENTS).beginArray();
				for (Argument argument : AcceptedAnnotations.arguments(event)) {
					writer.beginObject().name(JsonlKeys.ROLE).value(argument.getRole()).name(JsonlKeys.FILLER)
							.value(argument.getFiller().getId()).endObject();
				}
				writer.endArray().endObject();
			}
		}
		writer.endArray();
		writer.name(JsonlKeys.RELATIONS).beginArray();
		for (Annotation annotation : accepted) {
			if (annotation instanceof Relation relation) {
				writeCommon(relation, writer);
				writer.name(JsonlKeys.SOURCE).value(relation.getSource().getId());
				writer.name(JsonlKeys.TARGET).value(relation.getTarget().getId());
				writer.endObject();
			}
		}
		writer.endArray();
		writer.endObject();
	}

	/** Opens the annotation's object and writes what every spanned annotation has. */
	private static void writeSpanned(Annotation annotation, String text, CodePointOffsets offsets, JsonWriter writer) throws IOException {
		writeCommon(annotation, writer);
		List<Span> spans = annotation.getSpans();
		writer.name(JsonlKeys.START).value(offsets.toCodePoint(spans.get(0).getBegin()));
		writer.name(JsonlKeys.END).value(offsets.toCodePoint(spans.get(spans.size() - 1).getEnd()));
		writer.name(JsonlKeys.TEXT).value(coveredText(spans, text));
		if (spans.size() > 1) {
			writer.name(JsonlKeys.FRAGMENTS).beginArray();
			for (Span span : spans) {
				writer.beginArray().value(offsets.toCodePoint(span.getBegin())).value(offsets.toCodePoint(span.getEnd())).endArray();
			}
			writer.endArray();
		}
	}

	private static void writeCommon(Annotation annotation, JsonWriter writer) throws IOException {
		writer.beginObject();
		writer.name(JsonlKeys.ID).value(annotation.getId());
		writer.name(JsonlKeys.LABEL).value(annotation.getType().getName());
		writer.name(JsonlKeys.ATTRIBUTES).beginObject();
		for (AttributeValue attribute : annotation.getAttributes()) {
			writer.name(attribute.getName()).value(attribute.getValue());
		}
		writer.endObject();
	}

	static String coveredText(List<Span> spans, String text) {
		return spans.stream().map(span -> text.substring(span.getBegin(), span.getEnd())).collect(Collectors.joining(" "));
	}
}
