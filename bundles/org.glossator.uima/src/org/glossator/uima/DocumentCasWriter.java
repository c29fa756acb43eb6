package org.glossator.uima;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
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
		cas.setDocumentText(document.getText());
		if (document.getLanguage() != null) {
			cas.setDocumentLanguage(document.getLanguage());
		}
		CasFeatures features = new CasFeatures(cas.getTypeSystem());
		List<Annotation> accepted = document.getAnnotations().stream()
				.filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
				// A mention or event without spans is invalid (the validator says so) and has no place in a CAS.
				.filter(annotation -> annotation instanceof Relation || !annotation.getSpans().isEmpty())
				.toList();
		// Model objects are equal only to themselves: an identity map hashes them cheaper.
		Map<Annotation, AnnotationFS> written = new IdentityHashMap<>(accepted.size());
		List<AnnotationFS> created = new ArrayList<>(accepted.size());
		// Relations and arguments point at other annotations: write all annotations before any reference.
		for (Annotation annotation : accepted) {
			if (!(annotation instanceof Relation)) {
				AnnotationFS fs = writeSpans(cas, features, annotation);
				written.put(annotation, fs);
				created.add(fs);
			}
		}
		for (Annotation annotation : accepted) {
			if (annotation instanceof Relation relation && written.containsKey(relation.getSource())
					&& written.containsKey(relation.getTarget())) {
				AnnotationFS source = written.get(relation.getSource());
				AnnotationFS target = written.get(relation.getTarget());
				AnnotationFS fs = create(cas, features, annotation, Math.min(source.getBegin(), target.getBegin()),
						Math.max(source.getEnd(), target.getEnd()));
				fs.setFeatureValue(features.source, source);
				fs.setFeatureValue(features.target, target);
				written.put(annotation, fs);
				created.add(fs);
			}
		}
		for (Annotation annotation : accepted) {
			if (annotation instanceof Event event) {
				writeArguments(cas, event, written);
			}
		}
		// In index order, so that each goes to the end of the sorted index instead of into its middle (the index
		// orders them all the same); the sort is stable and mostly finds runs already in order.
		created.sort(INDEX_ORDER);
		created.forEach(cas::addFsToIndexes);
	}

	private AnnotationFS writeSpans(CAS cas, CasFeatures features, Annotation annotation) {
		List<Span> spans = annotation.getSpans();
		AnnotationFS fs = create(cas, features, annotation, spans.get(0).getBegin(), spans.get(spans.size() - 1).getEnd());
		if (spans.size() > 1) {
			ArrayFS<AnnotationFS> fragments = cas.createArrayFS(spans.size());
			for (int i = 0; i < spans.size(); i++) {
				fragments.set(i, cas.createAnnotation(features.fragment, spans.get(i).getBegin(), spans.get(i).getEnd()));
			}
			fs.setFeatureValue(features.fragments, fragments);
		}
		return fs;
	}

	private AnnotationFS create(CAS cas, CasFeatures features, Annotation annotation, int begin, int end) {
		Type type = cas.getTypeSystem().getType(types.uimaName(annotation.getType()));
		AnnotationFS fs = cas.createAnnotation(type, begin, end);
		fs.setStringValue(features.annotationId, annotation.getId());
		// An attribute or role the type does not define is the validator's to report; the CAS has no room for it.
		for (AttributeValue attribute : annotation.getAttributes()) {
			Feature feature = type.getFeatureByBaseName(SchemaTypes.attributeFeature(attribute.getName()));
			if (feature != null) {
				fs.setStringValue(feature, attribute.getValue());
			}
		}
		return fs;
	}

	private static void writeArguments(CAS cas, Event event, Map<Annotation, AnnotationFS> written) {
		AnnotationFS fs = written.get(event);
		Map<Feature, List<AnnotationFS>> fillers = new LinkedHashMap<>();
		for (Argument argument : event.getArguments()) {
			Feature role = fs.getType().getFeatureByBaseName(SchemaTypes.roleFeature(argument.getRole()));
			AnnotationFS filler = written.get(argument.getFiller());
			if (role != null && filler != null) {
				fillers.computeIfAbsent(role, key -> new ArrayList<>()).add(filler);
			}
		}
		fillers.forEach((role, list) -> {
			ArrayFS<AnnotationFS> array = cas.createArrayFS(list.size());
			for (int i = 0; i < list.size(); i++) {
				array.set(i, list.get(i));
			}
			fs.setFeatureValue(role, array);
		});
	}
}
