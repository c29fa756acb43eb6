package org.glossator.io.xmi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Role;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.SchemaTypes;

/**
 * Turns a CAS of a schema's type system back into a document: the reverse of
 * {@link org.glossator.uima.DocumentCasWriter}. The CAS has no line numbers, so problems
 * name the annotation (its id, or the feature structure's number when it has none).
 */
final class CasDocumentReader {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private final Path file;
	private final SchemaTypes types;
	private final Map<FeatureStructure, Annotation> annotations = new LinkedHashMap<>();

	CasDocumentReader(Path file, SchemaTypes types) {
		this.file = file;
		this.types = types;
	}

	Document read(CAS cas, String textName) throws ImportException {
		String text = cas.getDocumentText();
		if (text == null) {
			throw problem("the CAS has no document text");
		}
		Type schemaAnnotation = cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION);
		Feature idFeature = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		Feature fragments = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.FRAGMENTS);
		Set<String> ids = new HashSet<>();
		for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(schemaAnnotation)) {
			String id = fs.getStringValue(idFeature);
			String name = id != null ? id : "feature structure " + fs._id();
			AnnotationType type = types.schemaType(fs.getType().getName());
			if (type == null) {
				throw problem(name + " is of type " + fs.getType().getName() + ", which stands for no type of the schema");
			}
			if (id == null) {
				throw problem(name + " (" + type.getName() + ") has no annotationId");
			}
			if (!ids.add(id)) {
				throw problem("the annotationId " + id + " is used twice");
			}
			Annotation annotation = type instanceof EntityType ? FACTORY.createEntityMention()
					: type instanceof EventType ? FACTORY.createEvent() : FACTORY.createRelation();
			annotation.setId(id);
			annotation.setType(type);
			if (!(annotation instanceof Relation)) {
				readSpans(fs, fs.getFeatureValue(fragments), text, annotation);
			}
			readAttributes(fs, annotation);
			annotations.put(fs, annotation);
		}
		for (Map.Entry<FeatureStructure, Annotation> entry : annotations.entrySet()) {
			if (entry.getValue() instanceof Event event) {
				readArguments((AnnotationFS) entry.getKey(), event);
			} else if (entry.getValue() instanceof Relation relation) {
				Type relationType = cas.getTypeSystem().getType(GlossatorTypes.RELATION);
				relation.setSource(referenced(relation, entry.getKey().getFeatureValue(relationType.getFeatureByBaseName(GlossatorTypes.SOURCE))));
				relation.setTarget(referenced(relation, entry.getKey().getFeatureValue(relationType.getFeatureByBaseName(GlossatorTypes.TARGET))));
			}
		}
		Document document = FACTORY.createDocument();
		document.setTextPath(textName);
		document.setTextHash(SourceText.sha256(text.getBytes(StandardCharsets.UTF_8)));
		document.setLanguage(CAS.DEFAULT_LANGUAGE_NAME.equals(cas.getDocumentLanguage()) ? null : cas.getDocumentLanguage());
		document.setText(text);
		document.getAnnotations().addAll(annotations.values());
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(document));
		if (!errors.isEmpty()) {
			throw problem(errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
		}
		return document;
	}

	private void readSpans(AnnotationFS fs, FeatureStructure fragments, String text, Annotation annotation) throws ImportException {
		if (fragments == null) {
			annotation.getSpans().add(span(annotation, fs.getBegin(), fs.getEnd(), text));
			return;
		}
		for (FeatureStructure fragment : ((ArrayFS<?>) fragments).toArray()) {
			AnnotationFS range = (AnnotationFS) fragment;
			annotation.getSpans().add(span(annotation, range.getBegin(), range.getEnd(), text));
		}
	}

	private Span span(Annotation annotation, int begin, int end, String text) throws ImportException {
		for (int offset : new int[] { begin, end }) {
			if (offset < 0 || offset > text.length()) {
				throw problem(annotation.getId() + ": offset " + offset + " lies outside the text (" + text.length() + " UTF-16 code units)");
			}
			if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
					&& Character.isLowSurrogate(text.charAt(offset))) {
				throw problem(annotation.getId() + ": offset " + offset + " splits a surrogate pair");
			}
		}
		Span span = FACTORY.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}

	private static void readAttributes(AnnotationFS fs, Annotation annotation) {
		for (AttributeDefinition definition : annotation.getType().getAttributes()) {
			Feature feature = fs.getType().getFeatureByBaseName(SchemaTypes.attributeFeature(definition.getName()));
			String value = feature == null ? null : fs.getStringValue(feature);
			if (value != null) {
				AttributeValue attribute = FACTORY.createAttributeValue();
				attribute.setName(definition.getName());
				attribute.setValue(value);
				annotation.getAttributes().add(attribute);
			}
		}
	}

	private void readArguments(AnnotationFS fs, Event event) throws ImportException {
		for (Role role : ((EventType) event.getType()).getRoles()) {
			Feature feature = fs.getType().getFeatureByBaseName(SchemaTypes.roleFeature(role.getName()));
			FeatureStructure fillers = feature == null ? null : fs.getFeatureValue(feature);
			if (fillers == null) {
				continue;
			}
			for (FeatureStructure filler : ((ArrayFS<?>) fillers).toArray()) {
				Argument argument = FACTORY.createArgument();
				argument.setRole(role.getName());
				argument.setFiller(referenced(event, filler));
				event.getArguments().add(argument);
			}
		}
	}

	private Annotation referenced(Annotation from, FeatureStructure fs) throws ImportException {
		Annotation annotation = fs == null ? null : annotations.get(fs);
		if (annotation == null) {
			throw problem(from.getId() + " refers to " + (fs == null ? "nothing" : "feature structure " + fs._id()) + ", which is no annotation of the schema");
		}
		return annotation;
	}

	private ImportException problem(String problem) {
		return new ImportException(file, 0, problem);
	}
}
