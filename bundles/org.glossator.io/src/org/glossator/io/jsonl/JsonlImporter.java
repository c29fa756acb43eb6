package org.glossator.io.jsonl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.glossator.io.ImportedDocument;
import org.glossator.io.TypeResolver;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Span;

/** Reads what {@link JsonlExporter} writes; every annotation comes in accepted, as only accepted ones go out. */
public final class JsonlImporter extends JsonLinesImporter {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;
	private static final Set<String> KEYS = Set.of(JsonlKeys.NAME, JsonlKeys.LANGUAGE, JsonlKeys.STATUS, JsonlKeys.TEXT,
			JsonlKeys.SPANS, JsonlKeys.EVENTS, JsonlKeys.RELATIONS);

	@Override
	ImportedDocument read(JsonObject object, String fallbackName, TypeResolver types) {
		String name = JsonLine.optionalString(object, JsonlKeys.NAME, "the document");
		String text = JsonLine.string(object, JsonlKeys.TEXT, "the document");
		Document document = document(name == null ? fallbackName : name, text);
		document.setLanguage(JsonLine.optionalString(object, JsonlKeys.LANGUAGE, "the document"));
		String status = JsonLine.optionalString(object, JsonlKeys.STATUS, "the document");
		if (status != null) {
			DocumentStatus literal = DocumentStatus.get(status);
			if (literal == null) {
				throw new IllegalArgumentException("the status \"" + status + "\" is none of new, in-progress, done");
			}
			document.setStatus(literal);
		}
		CodePointOffsets offsets = new CodePointOffsets(text);
		Map<String, Annotation> byId = new HashMap<>();
		List<Runnable> links = new ArrayList<>();
		for (JsonElement element : JsonLine.array(object, JsonlKeys.SPANS, "the document")) {
			JsonObject span = JsonLine.object(element, "a span");
			EntityMention mention = FACTORY.createEntityMention();
			define(mention, span, EntityType.class, types, byId, document);
			readSpans(mention, span, text, offsets);
		}
		for (JsonElement element : JsonLine.array(object, JsonlKeys.EVENTS, "the document")) {
			JsonObject eventObject = JsonLine.object(element, "an event");
			Event event = FACTORY.createEvent();
			String what = define(event, eventObject, EventType.class, types, byId, document);
			readSpans(event, eventObject, text, offsets);
			for (JsonElement argumentElement : JsonLine.array(eventObject, JsonlKeys.ARGUMENTS, what)) {
				JsonObject argumentObject = JsonLine.object(argumentElement, what + " argument");
				Argument argument = FACTORY.createArgument();
				argument.setRole(JsonLine.string(argumentObject, JsonlKeys.ROLE, what + " argument"));
				String filler = JsonLine.string(argumentObject, JsonlKeys.FILLER, what + " argument");
				event.getArguments().add(argument);
				links.add(() -> argument.setFiller(referenced(byId, filler, what)));
			}
		}
		for (JsonElement element : JsonLine.array(object, JsonlKeys.RELATIONS, "the document")) {
			JsonObject relationObject = JsonLine.object(element, "a relation");
			Relation relation = FACTORY.createRelation();
			String what = define(relation, relationObject, RelationType.class, types, byId, document);
			String source = JsonLine.string(relationObject, JsonlKeys.SOURCE, what);
			String target = JsonLine.string(relationObject, JsonlKeys.TARGET, what);
			links.add(() -> {
				relation.setSource(referenced(byId, source, what));
				relation.setTarget(referenced(byId, target, what));
			});
		}
		links.forEach(Runnable::run);
		checkIntegrity(document);
		List<Loss> notCarried = object.keySet().stream().filter(key -> !KEYS.contains(key)).sorted()
				.map(key -> new Loss(name + " \"" + key + "\"", "field Glossator's JSON lines do not define")).toList();
		return types.imported(document, notCarried);
	}

	/** Reads id, label and attributes, adds the annotation to the document and returns how messages name it. */
	private static String define(Annotation annotation, JsonObject object, Class<? extends AnnotationType> kind,
			TypeResolver types, Map<String, Annotation> byId, Document document) {
		String id = JsonLine.string(object, JsonlKeys.ID, "an annotation");
		String what = "the annotation " + id;
		if (byId.putIfAbsent(id, annotation) != null) {
			throw new IllegalArgumentException("the id " + id + " is used twice");
		}
		annotation.setId(id);
		annotation.setType(type(types, JsonLine.string(object, JsonlKeys.LABEL, what), kind, what));
		JsonElement attributes = object.get(JsonlKeys.ATTRIBUTES);
		if (attributes != null) {
			for (Map.Entry<String, JsonElement> entry : JsonLine.object(attributes, what + " \"attributes\"").entrySet()) {
				AttributeValue value = FACTORY.createAttributeValue();
				value.setName(entry.getKey());
				value.setValue(entry.getValue().isJsonNull() ? null : JsonLine.string(entry.getValue(), what + " attribute " + entry.getKey()));
				annotation.getAttributes().add(value);
			}
		}
		document.getAnnotations().add(annotation);
		return what;
	}

	private static void readSpans(Annotation annotation, JsonObject object, String text, CodePointOffsets offsets) {
		String what = "the annotation " + annotation.getId();
		int start = JsonLine.integer(object, JsonlKeys.START, what);
		int end = JsonLine.integer(object, JsonlKeys.END, what);
		JsonElement fragments = object.get(JsonlKeys.FRAGMENTS);
		if (fragments == null) {
			annotation.getSpans().add(span(offsets, start, end, what));
		} else {
			for (JsonElement fragment : JsonLine.array(fragments, what + " \"fragments\"")) {
				List<JsonElement> pair = JsonLine.array(fragment, what + " fragment");
				if (pair.size() != 2) {
					throw new IllegalArgumentException(what + ": a fragment is [start, end], not " + fragment);
				}
				annotation.getSpans().add(span(offsets, JsonLine.integer(pair.get(0), what + " fragment start"),
						JsonLine.integer(pair.get(1), what + " fragment end"), what));
			}
			List<Span> spans = annotation.getSpans();
			if (spans.isEmpty() || spans.get(0).getBegin() != offsets.toUtf16(start)
					|| spans.get(spans.size() - 1).getEnd() != offsets.toUtf16(end)) {
				throw new IllegalArgumentException(what + ": its fragments do not begin at its start " + start + " and end at its end " + end);
			}
		}
		String covered = JsonlExporter.coveredText(annotation.getSpans(), text);
		String stated = JsonLine.optionalString(object, JsonlKeys.TEXT, what);
		if (stated != null && !stated.equals(covered)) {
			throw new IllegalArgumentException(what + " has the text \"" + SourceLines.abbreviate(stated) + "\", but its offsets cover \""
					+ SourceLines.abbreviate(covered) + "\" (offsets not in code points?)");
		}
	}

	private static Annotation referenced(Map<String, Annotation> byId, String id, String what) {
		Annotation annotation = byId.get(id);
		if (annotation == null) {
			throw new IllegalArgumentException(what + " refers to " + id + ", which is no annotation of this document");
		}
		return annotation;
	}
}
