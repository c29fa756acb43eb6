package org.glossator.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;
import org.glossator.model.Span;

/**
 * Corpus folders for tests, with a small news schema: entity types PER (attributes
 * negated = yes|no and a free note), ORG and LOC; event type Attack (roles Attacker:
 * PER|ORG, Target: any, Place: LOC at most once); relation types Located_in (PER|ORG to
 * LOC) and Related (any to any).
 */
public final class CorpusFixture {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private CorpusFixture() {
	}

	/** Writes schema.xmi as another tool would: plain EMF, default options. */
	public static void writeSchema(Path folder) throws IOException {
		Schema schema = FACTORY.createSchema();
		schema.setName("news");
		EntityType per = entityType("PER");
		per.getAttributes().add(attributeDefinition("negated", "yes", "no"));
		per.getAttributes().add(attributeDefinition("note"));
		EntityType org = entityType("ORG");
		EntityType loc = entityType("LOC");
		schema.getEntityTypes().addAll(List.of(per, org, loc));
		EventType attack = FACTORY.createEventType();
		attack.setName("Attack");
		attack.getRoles().add(role("Attacker", 0, -1, per, org));
		attack.getRoles().add(role("Target", 0, -1));
		attack.getRoles().add(role("Place", 0, 1, loc));
		schema.getEventTypes().add(attack);
		RelationType locatedIn = FACTORY.createRelationType();
		locatedIn.setName("Located_in");
		locatedIn.getSourceTypes().addAll(List.of(per, org));
		locatedIn.getTargetTypes().add(loc);
		RelationType related = FACTORY.createRelationType();
		related.setName("Related");
		related.setSymmetric(true);
		schema.getRelationTypes().addAll(List.of(locatedIn, related));
		Resource resource = new XMIResourceImpl(URI.createFileURI(folder.resolve(CorpusLayout.SCHEMA_FILE).toString()));
		resource.getContents().add(schema);
		resource.save(Map.of());
	}

	public static Path writeText(Path folder, String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** A corpus folder with a schema and the given texts (name, text, name, text, ...). */
	public static Path corpus(Path folder, String... namesAndTexts) throws IOException {
		writeSchema(folder);
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			writeText(folder, namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return folder;
	}

	public static AnnotationType type(CorpusStore store, String name) {
		Schema schema = store.corpus().getSchema();
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes())
				.flatMap(List::stream)
				.filter(type -> type.getName().equals(name))
				.findFirst()
				.orElseThrow();
	}

	/** Adds an entity mention over the first occurrence of each fragment, in order. */
	public static EntityMention mention(CorpusStore store, Document document, String id, String typeName, String... fragments) {
		return added(store, document, FACTORY.createEntityMention(), id, typeName, spans(document, fragments));
	}

	/** Adds an entity mention over [begin, end). */
	public static EntityMention mentionAt(CorpusStore store, Document document, String id, String typeName, int begin, int end) {
		return added(store, document, FACTORY.createEntityMention(), id, typeName, List.of(span(begin, end)));
	}

	public static Event event(CorpusStore store, Document document, String id, String typeName, String trigger) {
		return added(store, document, FACTORY.createEvent(), id, typeName, spans(document, trigger));
	}

	/** Adds an event triggered by [begin, end). */
	public static Event eventAt(CorpusStore store, Document document, String id, String typeName, int begin, int end) {
		return added(store, document, FACTORY.createEvent(), id, typeName, List.of(span(begin, end)));
	}

	public static Argument argument(Event event, String role, Annotation filler) {
		Argument argument = FACTORY.createArgument();
		argument.setRole(role);
		argument.setFiller(filler);
		event.getArguments().add(argument);
		return argument;
	}

	public static Relation relation(CorpusStore store, Document document, String id, String typeName, Annotation source,
			Annotation target) {
		Relation relation = FACTORY.createRelation();
		relation.setId(id);
		relation.setType(type(store, typeName));
		relation.setSource(source);
		relation.setTarget(target);
		document.getAnnotations().add(relation);
		return relation;
	}

	public static Span span(int begin, int end) {
		Span span = FACTORY.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}

	/** The text an annotation covers, fragments joined by a space as brat does. */
	public static String covered(Document document, Annotation annotation) {
		return String.join(" ", annotation.getSpans().stream()
				.map(span -> document.getText().substring(span.getBegin(), span.getEnd()))
				.toList());
	}

	private static <A extends Annotation> A added(CorpusStore store, Document document, A annotation, String id, String typeName,
			List<Span> spans) {
		annotation.setId(id);
		annotation.setType(type(store, typeName));
		annotation.getSpans().addAll(spans);
		document.getAnnotations().add(annotation);
		return annotation;
	}

	/** The first occurrence of each fragment, in order. */
	private static List<Span> spans(Document document, String... fragments) {
		List<Span> spans = new ArrayList<>();
		int from = 0;
		for (String fragment : fragments) {
			int begin = document.getText().indexOf(fragment, from);
			if (begin < 0) {
				throw new IllegalArgumentException("'" + fragment + "' is not in the text after offset " + from);
			}
			spans.add(span(begin, begin + fragment.length()));
			from = begin + fragment.length();
		}
		return spans;
	}

	private static EntityType entityType(String name) {
		EntityType type = FACTORY.createEntityType();
		type.setName(name);
		return type;
	}

	private static AttributeDefinition attributeDefinition(String name, String... values) {
		AttributeDefinition definition = FACTORY.createAttributeDefinition();
		definition.setName(name);
		definition.getValues().addAll(List.of(values));
		return definition;
	}

	private static Role role(String name, int minOccurs, int maxOccurs, AnnotationType... fillerTypes) {
		Role role = FACTORY.createRole();
		role.setName(name);
		role.setMinOccurs(minOccurs);
		role.setMaxOccurs(maxOccurs);
		role.getFillerTypes().addAll(List.of(fillerTypes));
		return role;
	}
}
