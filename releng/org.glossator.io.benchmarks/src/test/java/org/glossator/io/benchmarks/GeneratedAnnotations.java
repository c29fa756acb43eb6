package org.glossator.io.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.glossator.model.Span;

/**
 * Accepted annotations of all kinds on whole words of a document, drawn from a seeded random source so that every
 * run exports the same document: 70% entity mentions (some discontinuous, some nested in another mention), 15%
 * events with a trigger word, one to three arguments filled by nearby mentions and often a Modality attribute, 15%
 * relations between neighbouring mentions.
 */
final class GeneratedAnnotations {

	/** Letters, digits and marks: a word may hold characters above U+FFFF and combining marks. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	int entities;
	int discontinuous;
	int nested;
	int events;
	int arguments;
	int attributes;
	int relations;

	private int mentionNumber;
	private final Random random = new Random(20261125);
	private final List<int[]> words = new ArrayList<>();
	private final Schema schema;
	private final Document document;

	private GeneratedAnnotations(Schema schema, Document document) {
		this.schema = schema;
		this.document = document;
		Matcher matcher = WORD.matcher(document.getText());
		while (matcher.find()) {
			words.add(new int[] { matcher.start(), matcher.end() });
		}
	}

	/** Adds {@code total} annotations to the document; its text must hold at least three words per annotation. */
	static GeneratedAnnotations add(Schema schema, Document document, int total) {
		GeneratedAnnotations generated = new GeneratedAnnotations(schema, document);
		generated.generate(total);
		return generated;
	}

	int total() {
		return entities + events + relations;
	}

	private void generate(int total) {
		int eventCount = total * 15 / 100;
		int relationCount = total * 15 / 100;
		int entityCount = total - eventCount - relationCount;
		boolean[] taken = new boolean[words.size()];
		List<EntityMention> mentions = new ArrayList<>(entityCount);
		List<Annotation> annotations = new ArrayList<>(total);
		// About one nested mention in 17 takes no slot of its own: slots are spread evenly over the words.
		double stride = words.size() / (entityCount * 0.95);
		for (int slot = 0; mentions.size() < entityCount; slot++) {
			int first = (int) (slot * stride);
			int room = (int) ((slot + 1) * stride) - first - 1; // leave a word free between slots for event triggers
			if (first + 3 >= words.size()) {
				throw new IllegalStateException("The text is too short for " + total + " annotations");
			}
			int length = Math.max(1, Math.min(room, oneOf(1, 1, 1, 1, 1, 1, 2, 2, 2, 3)));
			EntityMention mention;
			if (length == 3 && random.nextInt(3) == 0) {
				mention = mention(first, first); // "Bashar [al-]Assad": first and last word, the middle one left out
				mention.getSpans().add(span(first + 2, first + 2));
				discontinuous++;
			} else {
				mention = mention(first, first + length - 1);
			}
			for (int word = first; word < first + length; word++) {
				taken[word] = true;
			}
			mentions.add(mention);
			if (length >= 2 && mention.getSpans().size() == 1 && mentions.size() < entityCount && random.nextInt(2) == 0) {
				mentions.add(mention(first + length - 1, first + length - 1)); // "the [Syrian] army" inside "the Syrian army"
				nested++;
			}
		}
		entities = mentions.size();
		annotations.addAll(mentions);
		for (int i = 0; i < eventCount; i++) {
			annotations.add(event(i, mentions, eventCount, taken));
		}
		for (int i = 0; i < relationCount; i++) {
			int source = (int) ((long) i * (mentions.size() - 1) / relationCount);
			Relation relation = FACTORY.createRelation();
			relation.setId("R" + (i + 1));
			relation.setType(pick(schema.getRelationTypes().toArray(RelationType[]::new)));
			relation.setSource(mentions.get(source));
			relation.setTarget(mentions.get(source + 1));
			annotations.add(relation);
			relations++;
		}
		document.getAnnotations().addAll(annotations);
	}

	/** An event near the i-th part of the mentions, triggered by a word no mention covers, filled by mentions around it. */
	private Event event(int i, List<EntityMention> mentions, int eventCount, boolean[] taken) {
		int near = (int) ((long) i * mentions.size() / eventCount);
		int trigger = wordAt(mentions.get(near).getSpans().get(0).getBegin());
		while (taken[trigger]) {
			trigger++;
		}
		taken[trigger] = true;
		Event event = FACTORY.createEvent();
		event.setId("E" + (i + 1));
		EventType type = pick(schema.getEventTypes().toArray(EventType[]::new));
		event.setType(type);
		event.getSpans().add(span(trigger, trigger));
		int fillers = 1 + random.nextInt(3);
		for (int k = 0; k < fillers && near + k < mentions.size(); k++) {
			Argument argument = FACTORY.createArgument();
			argument.setRole(type.getRoles().get(k % type.getRoles().size()).getName());
			argument.setFiller(mentions.get(near + k));
			event.getArguments().add(argument);
			arguments++;
		}
		if (random.nextInt(5) < 3) {
			AttributeDefinition modality = type.getAttributes().get(0);
			AttributeValue value = FACTORY.createAttributeValue();
			value.setName(modality.getName());
			value.setValue(pick(modality.getValues().toArray(String[]::new)));
			event.getAttributes().add(value);
			attributes++;
		}
		events++;
		return event;
	}

	private EntityMention mention(int firstWord, int lastWord) {
		EntityMention mention = FACTORY.createEntityMention();
		mention.setId("T" + ++mentionNumber);
		mention.setType(pick(schema.getEntityTypes().toArray(EntityType[]::new)));
		mention.getSpans().add(span(firstWord, lastWord));
		return mention;
	}

	private Span span(int firstWord, int lastWord) {
		Span span = FACTORY.createSpan();
		span.setBegin(words.get(firstWord)[0]);
		span.setEnd(words.get(lastWord)[1]);
		return span;
	}

	/** The index of the word that begins at {@code offset}. */
	private int wordAt(int offset) {
		int low = 0;
		int high = words.size() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (words.get(middle)[0] < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private int oneOf(int... choices) {
		return choices[random.nextInt(choices.length)];
	}
}
