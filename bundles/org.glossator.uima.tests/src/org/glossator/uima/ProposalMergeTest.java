package org.glossator.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging proposals into the sample document, which holds accepted, proposed and rejected annotations. */
class ProposalMergeTest {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	@TempDir
	Path folder;

	private CorpusStore store;
	private Document document;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void openSample() throws Exception {
		store = SampleCorpus.open(folder);
		document = store.load(Path.of(SampleCorpus.TEXT));
		domain = AnnotationEditingDomainFactory.create(store.resourceSet());
	}

	@Test
	void newProposalsAreAddedAsOneUndoableStepAndRepeatsAreLeftOut() {
		Annotation rejected = byId("T47");
		Annotation accepted = byId("T5");
		List<Annotation> before = List.copyOf(document.getAnnotations());

		EntityMention aleppo = mention("GPE", "Aleppo", 1, "gazetteer", 0.9);
		EntityMention aleppoAgain = mention("GPE", "Aleppo", 1, "patterns", null);
		EntityMention rejectedAgain = mention("GPE", "Western", 1, "gazetteer", 0.99);
		EntityMention acceptedAgain = mention("PER", "Bashar al-Assad", 1, "gazetteer", 0.8);
		Event attack = FACTORY.createEvent();
		attack.setType(SampleCorpus.type(store.corpus().getSchema(), "Attack"));
		attack.setOrigin("patterns");
		attack.getSpans().add(span("attacks", 1));
		attack.getArguments().add(argument("Agent", acceptedAgain));
		attack.getArguments().add(argument("Place", aleppoAgain));
		Relation locatedIn = FACTORY.createRelation();
		locatedIn.setType(SampleCorpus.type(store.corpus().getSchema(), "Located-in"));
		locatedIn.setOrigin("patterns");
		locatedIn.setSource(aleppo);
		locatedIn.setTarget(byId("T28"));
		List<Annotation> proposals = List.of(locatedIn, aleppo, aleppoAgain, rejectedAgain, acceptedAgain, attack);

		ProposalMerge merge = new ProposalMerge(domain, document, proposals);
		domain.getCommandStack().execute(merge);

		List<Annotation> added = new ArrayList<>(document.getAnnotations());
		added.removeAll(before);
		assertEquals(List.of("T48 GPE Aleppo proposed gazetteer 0.9", "E9 Attack attacks proposed patterns null",
				"R6 Located-in T48->T28 proposed patterns null"), added.stream().map(this::describe).toList());
		assertEquals(List.copyOf(merge.getResult()), added);
		Event addedAttack = (Event) added.get(1);
		assertEquals(List.of("Agent T5", "Place T48"),
				addedAttack.getArguments().stream().map(argument -> argument.getRole() + " " + argument.getFiller().getId()).toList());
		assertEquals(AnnotationStatus.REJECTED, rejected.getStatus(), "the rejection stays a decision");
		assertEquals(AnnotationStatus.ACCEPTED, accepted.getStatus());

		domain.getCommandStack().undo();
		assertEquals(before, document.getAnnotations(), "one undo takes back the whole merge");
		assertFalse(domain.getCommandStack().canUndo());
		domain.getCommandStack().redo();
		assertEquals(added, document.getAnnotations().subList(before.size(), document.getAnnotations().size()));
		assertEquals("Place T48", addedAttack.getArguments().get(1).getRole() + " " + addedAttack.getArguments().get(1).getFiller().getId());
	}

	@Test
	void mergingOnlyRepeatsChangesNothingAndLeavesNoUndoStep() {
		int annotations = document.getAnnotations().size();
		ProposalMerge merge = new ProposalMerge(domain, document, List.of(mention("GPE", "Western", 1, "gazetteer", 0.4),
				mention("DATE", "1982", 1, "patterns", 0.91)));

		domain.getCommandStack().execute(merge);

		assertEquals(annotations, document.getAnnotations().size());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aRelationBetweenRepeatsPointsAtTheAnnotationsTheyRepeat() {
		Relation allyOf = FACTORY.createRelation();
		allyOf.setType(SampleCorpus.type(store.corpus().getSchema(), "Ally-of"));
		allyOf.setOrigin("patterns");
		allyOf.setSource(mention("GPE", "Turkey", 1, "gazetteer", null));
		allyOf.setTarget(mention("ORG", "HTS", 1, "gazetteer", null));
		Relation reversed = FACTORY.createRelation();
		reversed.setType(allyOf.getType());
		reversed.setOrigin("patterns");
		reversed.setSource(allyOf.getTarget());
		reversed.setTarget(allyOf.getSource());

		ProposalMerge merge = new ProposalMerge(domain, document, List.of(allyOf.getSource(), allyOf.getTarget(), allyOf, reversed));
		domain.getCommandStack().execute(merge);

		assertEquals(1, merge.getResult().size(), "Ally-of is symmetric: the reversed relation repeats the first");
		Relation added = (Relation) merge.getResult().iterator().next();
		assertSame(byId("T11"), added.getSource());
		assertSame(byId("T10"), added.getTarget());
	}

	private String describe(Annotation annotation) {
		String where = annotation instanceof Relation relation ? relation.getSource().getId() + "->" + relation.getTarget().getId()
				: SampleCorpus.covered(document, annotation);
		return annotation.getId() + " " + annotation.getType().getName() + " " + where + " " + annotation.getStatus() + " "
				+ annotation.getOrigin() + " " + annotation.getConfidence();
	}

	private Annotation byId(String id) {
		return document.getAnnotations().stream().filter(annotation -> id.equals(annotation.getId())).findFirst().orElseThrow();
	}

	private EntityMention mention(String type, String text, int occurrence, String origin, Double confidence) {
		EntityMention mention = FACTORY.createEntityMention();
		mention.setType(SampleCorpus.type(store.corpus().getSchema(), type));
		mention.setStatus(AnnotationStatus.PROPOSED);
		mention.setOrigin(origin);
		mention.setConfidence(confidence);
		mention.getSpans().add(span(text, occurrence));
		return mention;
	}

	private Span span(String text, int occurrence) {
		int begin = -1;
		for (int i = 0; i < occurrence; i++) {
			begin = document.getText().indexOf(text, begin + 1);
		}
		Span span = FACTORY.createSpan();
		span.setBegin(begin);
		span.setEnd(begin + text.length());
		return span;
	}

	private static Argument argument(String role, Annotation filler) {
		Argument argument = FACTORY.createArgument();
		argument.setRole(role);
		argument.setFiller(filler);
		return argument;
	}
}
