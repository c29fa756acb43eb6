package org.glossator.io.jsonl;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.glossator.io.ImportedDocument;
import org.glossator.io.TypeResolver;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;

/**
 * Reads entity lists as {@link EntityListExporter} writes them: mentions get the ids T1, T2, ...
 * in the list's order; the line's {@code id} (a string or a number) names the document.
 * Other fields (doccano's {@code Comments}, metadata) are listed as not carried.
 */
abstract class EntityListImporter extends JsonLinesImporter {

	private final String key;

	EntityListImporter(String key) {
		this.key = key;
	}

	@Override
	ImportedDocument read(JsonObject object, String fallbackName, TypeResolver types) {
		JsonElement id = object.get(EntityListExporter.ID);
		String name = id instanceof JsonPrimitive primitive && !primitive.isBoolean() ? primitive.getAsString() : fallbackName;
		String text = JsonLine.string(object, EntityListExporter.TEXT, "the document");
		Document document = document(name, text);
		CodePointOffsets offsets = new CodePointOffsets(text);
		List<JsonElement> entities = JsonLine.array(object, key, "the document");
		for (int i = 0; i < entities.size(); i++) {
			String what = "\"" + key + "\" entry " + (i + 1);
			List<JsonElement> entry = JsonLine.array(entities.get(i), what);
			if (entry.size() != 3) {
				throw new IllegalArgumentException(what + " must be [start, end, \"TYPE\"], not " + entities.get(i));
			}
			EntityMention mention = GlossatorFactory.eINSTANCE.createEntityMention();
			mention.setId("T" + (i + 1));
			mention.setType(type(types, JsonLine.string(entry.get(2), what + " type"), EntityType.class, what));
			mention.getSpans().add(span(offsets, JsonLine.integer(entry.get(0), what + " start"), JsonLine.integer(entry.get(1), what + " end"), what));
			document.getAnnotations().add(mention);
		}
		checkIntegrity(document);
		List<Loss> notCarried = object.keySet().stream()
				.filter(field -> !field.equals(key) && !field.equals(EntityListExporter.ID) && !field.equals(EntityListExporter.TEXT)).sorted()
				.map(field -> new Loss(name + " \"" + field + "\"", "field an entity list does not define")).toList();
		return types.imported(document, notCarried);
	}
}
