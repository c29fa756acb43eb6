package org.glossator.io.xmi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.TypeResolver;
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
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.SchemaTypes;

/**
 * Turns a CAS back into a document: the reverse of {@link org.glossator.uima.DocumentCasWriter} for the schema's
 * types, and for any other annotation type (of another corpus's schema, of DKPro Core, of cTAKES) a mention or
 * event of the type the {@link TypeResolver} gives, its label from the foreign type and its features. Document
 * metadata (subtypes of {@code uima.tcas.DocumentAnnotation}) and Glossator's own segmentation are no annotations
 * of the schema and are skipped. The CAS has no line numbers, so problems name the annotation (its id, or the
 * feature structure's number when it has none).
 */
final class CasDocumentReader {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;
	private static final String GLOSSATOR_FIXED_TYPES = "org.glossator.type.";
	/** What {@link SchemaTypes} puts before attribute and role names ("attr_", "role_"). */
	static final String ATTRIBUTE_PREFIX = SchemaTypes.attributeFeature("a").substring(0, SchemaTypes.attributeFeature("a").length() - 1);
	private static final String ROLE_PREFIX = SchemaTypes.roleFeature("a").substring(0, SchemaTypes.roleFeature("a").length() - 1);
	private static final Set<String> BUILT_IN_FEATURES = Set.of(CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END, CAS.FEATURE_BASE_NAME_SOFA);

	private final Path file;
	private final SchemaTypes types;
	private final TypeResolver resolver;
	private final Map<FeatureStructure, Annotation> annotations = new LinkedHashMap<>();
	private final Set<String> ids = new HashSet<>();
	private final List<Loss> notCarried = new ArrayList<>();

	CasDocumentReader(Path file, SchemaTypes types, TypeResolver resolver) {
		this.file = file;
		this.types = types;
		this.resolver = resolver;
	}

	/** Feature values of foreign annotations that no schema attribute holds. */
	List<Loss> notCarried() {
		return notCarried;
	}

	Document read(CAS cas, String textName) throws ImportException {
		String text = cas.getDocumentText();
		if (text == null) {
			throw problem("the CAS has no document text");
		}
		TypeSystem typeSystem = cas.getTypeSystem();
		Type schemaAnnotation = typeSystem.getType(GlossatorTypes.SCHEMA_ANNOTATION);
		Type documentAnnotation = typeSystem.getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
		Feature idFeature = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		Feature fragments = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.FRAGMENTS);
		List<AnnotationFS> foreign = new ArrayList<>();
		for (AnnotationFS fs : cas.getAnnotationIndex()) {
			Type type = fs.getType();
			if (typeSystem.subsumes(schemaAnnotation, type)) {
				readSchemaAnnotation(fs, fs.getStringValue(idFeature), fs.getFeatureValue(fragments), text);
			} else if (!typeSystem.subsumes(documentAnnotation, type) && !type.getName().startsWith(GLOSSATOR_FIXED_TYPES)) {
				foreign.add(fs);
			}
		}
		// After the schema's annotations, so that their ids stay as they are and new ones avoid them.
		for (AnnotationFS fs : foreign) {
			readForeignAnnotation(fs, text);
		}
		for (Map.Entry<FeatureStructure, Annotation> entry : annotations.entrySet()) {
			if (entry.getValue() instanceof Event event && typeSystem.subsumes(schemaAnnotation, entry.getKey().getType())) {
				readArguments((AnnotationFS) entry.getKey(), event);
			} else if (entry.getValue() instanceof Relation relation) {
				Type relationType = typeSystem.getType(GlossatorTypes.RELATION);
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

	private void readSchemaAnnotation(AnnotationFS fs, String id, FeatureStructure fragments, String text) throws ImportException {
		String name = id != null ? id : "feature structure " + fs._id();
		String uimaName = fs.getType().getName();
		AnnotationType type = types.schemaType(uimaName);
		if (type == null) {
			// A type of another corpus's schema: its name is what follows the package.
			Class<? extends AnnotationType> kind = fs.getType().getName().startsWith(SchemaTypes.PACKAGE) ? kindOf(fs) : AnnotationType.class;
			type = resolve(name, uimaName.substring(uimaName.lastIndexOf('.') + 1), kind, feature -> null);
		}
		if (id == null) {
			throw problem(name + " (" + type.getName() + ") has no annotationId");
		}
		if (!ids.add(id)) {
			throw problem("the annotationId " + id + " is used twice");
		}
		Annotation annotation = create(type);
		annotation.setId(id);
		annotation.setType(type);
		if (!(annotation instanceof Relation)) {
			readSpans(fs, fragments, text, annotation);
		}
		readAttributes(fs, annotation);
		annotations.put(fs, annotation);
	}

	private void readForeignAnnotation(AnnotationFS fs, String text) throws ImportException {
		Type uimaType = fs.getType();
		UnaryOperator<String> features = name -> {
			Feature feature = uimaType.getFeatureByBaseName(name);
			return feature == null || !feature.getRange().isPrimitive() ? null : fs.getFeatureValueAsString(feature);
		};
		String what = uimaType.getShortName() + " " + fs.getBegin() + "-" + fs.getEnd();
		AnnotationType type = resolve(what, uimaType.getName(), AnnotationType.class, features);
		if (type instanceof RelationType) {
			throw problem(what + " covers text, but is mapped to the relation type " + type.getName());
		}
		Annotation annotation = create(type);
		// Annotations about to be dropped get ids of their own, so that the ones kept are numbered without gaps.
		String prefix = !resolver.carries(type) ? "X" : annotation instanceof Event ? "E" : "T";
		int number = 1;
		while (ids.contains(prefix + number)) {
			number++;
		}
		annotation.setId(prefix + number);
		ids.add(annotation.getId());
		annotation.setType(type);
		annotation.getSpans().add(span(annotation, fs.getBegin(), fs.getEnd(), text));
		annotations.put(fs, annotation);
		if (resolver.carries(type)) {
			List<String> used = resolver.mapping().featuresOf(uimaType.getName());
			for (Feature feature : uimaType.getFeatures()) {
				String value = feature.getRange().isPrimitive() && !BUILT_IN_FEATURES.contains(feature.getShortName())
						&& !used.contains(feature.getShortName()) ? fs.getFeatureValueAsString(feature) : null;
				if (value != null) {
					notCarried.add(new Loss(annotation.getId() + " (" + what + ") " + feature.getShortName() + "=" + value, "feature of a foreign type"));
				}
			}
		}
	}

	private AnnotationType resolve(String what, String foreignName, Class<? extends AnnotationType> kind, UnaryOperator<String> features)
			throws ImportException {
		try {
			return resolver.resolve(foreignName, kind, features);
		} catch (IllegalArgumentException e) {
			throw problem(what + " has the type " + e.getMessage());
		}
	}

	private static Class<? extends AnnotationType> kindOf(AnnotationFS fs) {
		TypeSystem typeSystem = fs.getCAS().getTypeSystem();
		return typeSystem.subsumes(typeSystem.getType(GlossatorTypes.EVENT), fs.getType()) ? EventType.class
				: typeSystem.subsumes(typeSystem.getType(GlossatorTypes.RELATION), fs.getType()) ? RelationType.class : EntityType.class;
	}

	private static Annotation create(AnnotationType type) {
		return type instanceof EntityType ? FACTORY.createEntityMention() : type instanceof EventType ? FACTORY.createEvent() : FACTORY.createRelation();
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

	/**
	 * The attributes from the features {@code attr_NAME}: named as the type defines them, or for a type without the
	 * definition (one the import adds to the schema) after the feature.
	 */
	private static void readAttributes(AnnotationFS fs, Annotation annotation) {
		String prefix = ATTRIBUTE_PREFIX;
		for (Feature feature : fs.getType().getFeatures()) {
			String value = feature.getShortName().startsWith(prefix) ? fs.getStringValue(feature) : null;
			if (value != null) {
				AttributeValue attribute = FACTORY.createAttributeValue();
				attribute.setName(annotation.getType().getAttributes().stream().map(AttributeDefinition::getName)
						.filter(name -> SchemaTypes.attributeFeature(name).equals(feature.getShortName())).findFirst()
						.orElse(feature.getShortName().substring(prefix.length())));
				attribute.setValue(value);
				annotation.getAttributes().add(attribute);
			}
		}
	}

	/** The arguments from the features {@code role_NAME}, named as {@link #readAttributes} names attributes. */
	private void readArguments(AnnotationFS fs, Event event) throws ImportException {
		String prefix = ROLE_PREFIX;
		for (Feature feature : fs.getType().getFeatures()) {
			FeatureStructure fillers = feature.getShortName().startsWith(prefix) ? fs.getFeatureValue(feature) : null;
			if (fillers == null) {
				continue;
			}
			String role = ((EventType) event.getType()).getRoles().stream().map(Role::getName)
					.filter(name -> SchemaTypes.roleFeature(name).equals(feature.getShortName())).findFirst()
					.orElse(feature.getShortName().substring(prefix.length()));
			for (FeatureStructure filler : ((ArrayFS<?>) fillers).toArray()) {
				Argument argument = FACTORY.createArgument();
				argument.setRole(role);
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
