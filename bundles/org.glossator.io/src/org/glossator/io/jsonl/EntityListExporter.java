package org.glossator.io.jsonl;

import java.io.IOException;

import com.google.gson.stream.JsonWriter;

import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.model.Annotation;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * The JSON lines that NER training scripts read: {@code {"id": name, "text": ...,
 * key: [[start, end, "TYPE"], ...]}}, entity mentions only. Events, relations, attributes
 * and discontinuous mentions have no place there and are reported.
 */
abstract class EntityListExporter extends JsonLinesExporter {

	static final String ID = "id";
	static final String TEXT = "text";

	private final String key;

	EntityListExporter(String key) {
		this.key = key;
	}

	@Override
	void write(Document document, String name, JsonWriter writer, LossReport report) throws IOException {
		CodePointOffsets offsets = new CodePointOffsets(document.getText());
		writer.beginObject().name(ID).value(name).name(TEXT).value(document.getText()).name(key).beginArray();
		for (Annotation annotation : AcceptedAnnotations.of(document, name, report)) {
			String label = AnnotationValidator.label(annotation);
			for (AttributeValue attribute : annotation.getAttributes()) {
				report.add(name, label + " " + attribute.getName(), "attribute");
			}
			if (!(annotation instanceof EntityMention)) {
				report.add(name, label, annotation.eClass().getName().toLowerCase() + " (entity lists hold entity mentions only)");
			} else if (annotation.getSpans().size() > 1) {
				report.add(name, label, "discontinuous span");
			} else {
				Span span = annotation.getSpans().get(0);
				writer.beginArray().value(offsets.toCodePoint(span.getBegin())).value(offsets.toCodePoint(span.getEnd()))
						.value(annotation.getType().getName()).endArray();
			}
		}
		writer.endArray().endObject();
	}
}
