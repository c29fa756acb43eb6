package org.glossator.uima;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Span;

/**
 * Puts a document into a CAS of its schema's type system: the text (offsets are UTF-16 code units on both
 * sides, so they copy unchanged), the language, and the accepted annotations, so that engines can build on
 * what the annotator confirmed. Proposals and rejections stay out: engines should not learn from guesses, and
 * what was rejected is kept out of the results by {@link ProposalMerge}, not by hiding it here.
 */
public final class DocumentCasWriter {

	/** The annotation index's order: by begin, the longer first (then as created, since the sort is stable). */
	private static final Comparator<AnnotationFS> INDEX_ORDER = (a, b) -> a.getBegin() != b.getBegin()
			? Integer.compare(a.getBegin(), b.getBegin())
			: Integer.compare(b.getEnd(), a.getEnd());

	private final SchemaTypes types;

	public DocumentCasWriter(SchemaTypes types) {
		this.types = types;
	}

	public void write(Document document, CAS cas) {
		write(document, cas, annotation -> { });
	}

	/**
	 * Writes the document as {@link #write(Document, CAS)} does, and hands each of its annotations, whatever its status,
	 * to {@code alsoVisit} on the way: a caller that checks every annotation (an export's loss report) then reads a
	 * large document's model objects once instead of twice.
	 */
	public void write(Document document, CAS cas, Consumer<Annotation> alsoVisit) {
		cas.setDocumentText(document.getText());
		if (document.getLanguage() != null) {
			cas.setDocumentLanguage(document.getLanguage());
		}
		CasFeatures features = new CasFeatures(cas.getTypeSystem());
		CasTypes casTypes = new CasTypes(cas.getTypeSystem());
		// One pass sorts the accepted annotations by kind: each later pass then visits only its kind, and a large
		// document's model objects, scattered over the heap, are not loaded (and type-checked) again for each.
		List<Annotation> spanned = new ArrayList<>(document.getAnnotations().size());
		List<Relation> relations = new ArrayList<>();
		List<Event> events = new ArrayList<>();
		for (Annotation annotation : document.getAnnotations()) {
			alsoVisit.accept(annotation);
			if (annotation.getStatus() != AnnotationStatus.ACCEPTED) {
				continue;
			}
			// The most frequent kind is asked first: a failed check against an interface costs a search of the class's interfaces.
			if (annotation instanceof EntityMention) {
				addIfSpanned(spanned, annotation);
			} else if (annotation instanceof Relation relation) {
				relations.add(relation);
			} else if (addIfSpanned(spanned, annotation) && annotation instanceof Event event && !event.getArguments().isEmpty()) {
				events.add(event);
			}
		}
		// Model objects are equal only to themselves: an identity map hashes them cheaper.
		Map<Annotation, AnnotationFS> written = new IdentityHashMap<>(spanned.size() + relations.size());
		List<AnnotationFS> created = new ArrayList<>(spanned.size() + relations.size());
		// Relations and arguments point at other annotations: write all annotations before any reference.
		for (Annotation annotation : spanned) {
			AnnotationFS fs = writeSpans(cas, features, casTypes, annotation);
			written.put(annotation, fs);
			created.add(fs);
		}
		for (Relation relation : relations) {
			AnnotationFS source = written.get(relation.getSource());
			AnnotationFS target = written.get(relation.getTarget());
			if (source != null && target != null) {
				AnnotationFS fs = create(cas, casTypes, features, relation, Math.min(source.getBegin(), target.getBegin()),
						Math.max(source.getEnd(), target.getEnd()));
				fs.setFeatureValue(features.source, source);
				fs.setFeatureValue(features.target, target);
				written.put(relation, fs);
				created.add(fs);
			}
		}
		for (Event event : events) {
			writeArguments(cas, casTypes, event, written);
		}
		// In index order, so that each goes to the end of the sorted index instead of into its middle (the index
		// orders them all the same); the sort is stable and mostly finds runs already in order.
		created.sort(INDEX_ORDER);
		created.forEach(cas::addFsToIndexes);
	}

	/** A mention or event without spans is invalid (the validator says so) and has no place in a CAS. */
	private static boolean addIfSpanned(List<Annotation> spanned, Annotation annotation) {
		if (annotation.getSpans().isEmpty()) {
			return false;
		}
		spanned.add(annotation);
		return true;
	}

	private AnnotationFS writeSpans(CAS cas, CasFeatures features, CasTypes casTypes, Annotation annotation) {
		List<Span> spans = annotation.getSpans();
		AnnotationFS fs = create(cas, casTypes, features, annotation, spans.get(0).getBegin(), spans.get(spans.size() - 1).getEnd());
		if (spans.size() > 1) {
			ArrayFS<AnnotationFS> fragments = cas.createArrayFS(spans.size());
			for (int i = 0; i < spans.size(); i++) {
				fragments.set(i, cas.createAnnotation(features.fragment, spans.get(i).getBegin(), spans.get(i).getEnd()));
			}
			fs.setFeatureValue(features.fragments, fragments);
		}
		return fs;
	}

	private AnnotationFS create(CAS cas, CasTypes casTypes, CasFeatures features, Annotation annotation, int begin, int end) {
		Type type = casTypes.type(annotation.getType());
		AnnotationFS fs = cas.createAnnotation(type, begin, end);
		fs.setStringValue(features.annotationId, annotation.getId());
		// An attribute or role the type does not define is the validator's to report; the CAS has no room for it.
		// By index: an iterator per annotation, most of them over no attributes, is garbage by the hundred thousand.
		List<AttributeValue> attributes = annotation.getAttributes();
		for (int i = 0; i < attributes.size(); i++) {
			AttributeValue attribute = attributes.get(i);
			Feature feature = casTypes.attribute(type, attribute.getName());
			if (feature != null) {
				fs.setStringValue(feature, attribute.getValue());
			}
		}
		return fs;
	}

	private static void writeArguments(CAS cas, CasTypes casTypes, Event event, Map<Annotation, AnnotationFS> written) {
		AnnotationFS fs = written.get(event);
		// Most events have one filler per role: a list of pairs is cheaper than a map per event.
		List<Feature> roles = new ArrayList<>(event.getArguments().size());
		List<List<AnnotationFS>> fillers = new ArrayList<>(event.getArguments().size());
		for (Argument argument : event.getArguments()) {
			Feature role = casTypes.role(fs.getType(), argument.getRole());
			AnnotationFS filler = written.get(argument.getFiller());
			if (role != null && filler != null) {
				int index = roles.indexOf(role);
				if (index < 0) {
					roles.add(role);
					fillers.add(new ArrayList<>(2));
					index = roles.size() - 1;
				}
				fillers.get(index).add(filler);
			}
		}
		for (int i = 0; i < roles.size(); i++) {
			List<AnnotationFS> list = fillers.get(i);
			ArrayFS<AnnotationFS> array = cas.createArrayFS(list.size());
			for (int j = 0; j < list.size(); j++) {
				array.set(j, list.get(j));
			}
			fs.setFeatureValue(roles.get(i), array);
		}
	}

	/**
	 * The CAS types of schema types and their attribute and role features, each looked up once per document: by
	 * name they cost a map lookup in the type system and an identifier built from the name for every annotation.
	 */
	private final class CasTypes {

		private final TypeSystem typeSystem;
		private final Map<AnnotationType, Type> bySchemaType = new IdentityHashMap<>();
		/** Per CAS type, the features by attribute or role name; null values for names the type lacks. */
		private final Map<Type, Map<String, Feature>> attributes = new HashMap<>();
		private final Map<Type, Map<String, Feature>> roles = new HashMap<>();

		CasTypes(TypeSystem typeSystem) {
			this.typeSystem = typeSystem;
		}

		Type type(AnnotationType schemaType) {
			// Not computeIfAbsent: its capturing lambda would be made anew for each annotation.
			Type type = bySchemaType.get(schemaType);
			if (type == null) {
				type = typeSystem.getType(types.uimaName(schemaType));
				bySchemaType.put(schemaType, type);
			}
			return type;
		}

		Feature attribute(Type type, String name) {
			return feature(attributes, type, name, SchemaTypes::attributeFeature);
		}

		Feature role(Type type, String name) {
			return feature(roles, type, name, SchemaTypes::roleFeature);
		}

		private static Feature feature(Map<Type, Map<String, Feature>> cache, Type type, String name, UnaryOperator<String> baseName) {
			Map<String, Feature> byName = cache.computeIfAbsent(type, key -> new HashMap<>());
			Feature feature = byName.get(name);
			if (feature == null && !byName.containsKey(name)) {
				feature = type.getFeatureByBaseName(baseName.apply(name));
				byName.put(name, feature);
			}
			return feature;
		}
	}
}
