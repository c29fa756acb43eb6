package org.glossator.uima;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
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

/**
 * Reads what engines added to a CAS as proposals: detached model annotations (status proposed, origin the
 * engine's id, confidence where the engine gave one) that are not yet in the document; {@link ProposalMerge}
 * adds them. Annotations of schema types without an {@code annotationId} are what the engines added; arguments
 * and relation ends point either at document annotations (by id) or at other proposals. An argument or relation
 * whose other end is neither is dropped, as is everything of a type the schema does not know and every mention or
 * event with an empty span.
 */
public final class ProposalReader {

	/** Origin of proposals whose engine left {@code origin} unset, which the pipeline never does. */
	public static final String UNKNOWN_ORIGIN = "unknown";

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private final SchemaTypes types;

	public ProposalReader(SchemaTypes types) {
		this.types = types;
	}

	public List<Annotation> read(CAS cas, Document document) {
		CasFeatures features = new CasFeatures(cas.getTypeSystem());
		Map<String, Annotation> byId = document.getAnnotations().stream()
				.collect(Collectors.toMap(Annotation::getId, Function.identity(), (first, second) -> first));
		Map<FeatureStructure, Annotation> proposals = new LinkedHashMap<>();
		for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(features.schemaAnnotation)) {
			AnnotationType type = types.schemaType(fs.getType().getName());
			// An empty span marks nothing the annotator could see or judge.
			boolean marksText = fs.getBegin() < fs.getEnd() || type instanceof RelationType;
			if (type != null && marksText && fs.getStringValue(features.annotationId) == null) {
				proposals.put(fs, propose(fs, type, features));
			}
		}
		Function<FeatureStructure, Annotation> resolve = fs -> fs == null ? null
				: proposals.containsKey(fs) ? proposals.get(fs) : byId.get(fs.getStringValue(features.annotationId));
		List<Annotation> complete = new ArrayList<>();
		proposals.forEach((fs, proposal) -> {
			if (proposal instanceof Relation relation) {
				relation.setSource(resolve.apply(fs.getFeatureValue(features.source)));
				relation.setTarget(resolve.apply(fs.getFeatureValue(features.target)));
				if (relation.getSource() == null || relation.getTarget() == null) {
					return;
				}
			} else if (proposal instanceof Event event) {
				readArguments(fs, event, resolve);
			}
			complete.add(proposal);
		});
		return complete;
	}

	private static Annotation propose(AnnotationFS fs, AnnotationType type, CasFeatures features) {
		Annotation proposal = type instanceof EntityType ? FACTORY.createEntityMention()
				: type instanceof EventType ? FACTORY.createEvent() : FACTORY.createRelation();
		proposal.setType(type);
		proposal.setStatus(AnnotationStatus.PROPOSED);
		String origin = fs.getStringValue(features.origin);
		proposal.setOrigin(origin == null ? UNKNOWN_ORIGIN : origin);
		double confidence = fs.getDoubleValue(features.confidence);
		if (confidence > 0) {
			proposal.setConfidence(confidence);
		}
		if (!(proposal instanceof Relation)) {
			@SuppressWarnings("unchecked")
			ArrayFS<AnnotationFS> fragments = (ArrayFS<AnnotationFS>) fs.getFeatureValue(features.fragments);
			if (fragments == null) {
				proposal.getSpans().add(span(fs));
			} else {
				for (int i = 0; i < fragments.size(); i++) {
					proposal.getSpans().add(span(fragments.get(i)));
				}
			}
		}
		for (AttributeDefinition definition : type.getAttributes()) {
			String value = fs.getStringValue(fs.getType().getFeatureByBaseName(SchemaTypes.attributeFeature(definition.getName())));
			if (value != null) {
				AttributeValue attribute = FACTORY.createAttributeValue();
				attribute.setName(definition.getName());
				attribute.setValue(value);
				proposal.getAttributes().add(attribute);
			}
		}
		return proposal;
	}

	private static void readArguments(FeatureStructure fs, Event event, Function<FeatureStructure, Annotation> resolve) {
		for (Role role : ((EventType) event.getType()).getRoles()) {
			Feature feature = fs.getType().getFeatureByBaseName(SchemaTypes.roleFeature(role.getName()));
			@SuppressWarnings("unchecked")
			ArrayFS<FeatureStructure> fillers = (ArrayFS<FeatureStructure>) fs.getFeatureValue(feature);
			if (fillers == null) {
				continue;
			}
			for (int i = 0; i < fillers.size(); i++) {
				Annotation annotation = resolve.apply(fillers.get(i));
				if (annotation != null) {
					Argument argument = FACTORY.createArgument();
					argument.setRole(role.getName());
					argument.setFiller(annotation);
					event.getArguments().add(argument);
				}
			}
		}
	}

	private static Span span(AnnotationFS fs) {
		Span span = FACTORY.createSpan();
		span.setBegin(fs.getBegin());
		span.setEnd(fs.getEnd());
		return span;
	}
}
