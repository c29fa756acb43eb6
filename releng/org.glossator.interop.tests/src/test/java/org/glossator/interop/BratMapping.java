package org.glossator.interop;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.model.AnnotationType;
import org.glossator.model.EventType;
import org.glossator.model.Role;
import org.glossator.model.Schema;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * How DKPro's BratReader should read our brat export: entity types become NamedEntity
 * (value = the brat type), event types one event type with a feature per role and
 * attribute, relation types one relation type with Arg1 and Arg2. Without a UIMA type for
 * every brat type the reader refuses the file.
 */
final class BratMapping {

	static final String EVENT = "org.glossator.interop.BratEvent";
	static final String RELATION = "org.glossator.interop.BratRelation";

	private BratMapping() {
	}

	static String json(Schema schema) {
		String textTypes = Stream.concat(
				schema.getEntityTypes().stream().map(type -> typeMapping(type, NamedEntity.class.getName())),
				schema.getEventTypes().stream().map(type -> typeMapping(type, EVENT)))
				.collect(Collectors.joining(", "));
		String relationTypes = schema.getRelationTypes().stream().map(type -> typeMapping(type, RELATION)).collect(Collectors.joining(", "));
		return "{\"textTypeMapppings\": [" + textTypes + "], \"relationTypeMapppings\": [" + relationTypes + "], "
				+ "\"relations\": [{\"type\": \"" + RELATION + "\", \"arg1\": \"Arg1\", \"arg2\": \"Arg2\"}]}";
	}

	/** DKPro's types plus the event and relation types the mapping names. */
	static TypeSystemDescription typeSystem(Schema schema) throws ResourceInitializationException {
		TypeSystemDescription description = TypeSystemDescriptionFactory.createTypeSystemDescription();
		TypeDescription event = description.addType(EVENT, "", "uima.tcas.Annotation");
		event.addFeature("value", "", "uima.cas.String");
		schema.getEventTypes().stream().flatMap(type -> type.getAttributes().stream()).map(attribute -> attribute.getName()).distinct()
				.forEach(attribute -> event.addFeature(attribute, "", "uima.cas.String"));
		schema.getEventTypes().stream().map(EventType::getRoles).flatMap(List::stream).map(Role::getName).distinct()
				.forEach(role -> event.addFeature(role, "", "uima.cas.FSArray", "uima.tcas.Annotation", false));
		TypeDescription relation = description.addType(RELATION, "", "uima.tcas.Annotation");
		relation.addFeature("value", "", "uima.cas.String");
		relation.addFeature("Arg1", "", "uima.tcas.Annotation");
		relation.addFeature("Arg2", "", "uima.tcas.Annotation");
		return CasCreationUtils.mergeTypeSystems(List.of(description));
	}

	private static String typeMapping(AnnotationType type, String uimaType) {
		return "{\"from\": \"" + type.getName() + "\", \"to\": \"" + uimaType + "\", \"defaultFeatureValues\": {\"value\": \"" + type.getName() + "\"}}";
	}
}
