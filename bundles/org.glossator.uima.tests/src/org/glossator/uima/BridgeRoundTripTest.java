package org.glossator.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema -> type system -> CAS -> proposals, on a text where UTF-16 offsets and code point offsets differ. */
class BridgeRoundTripTest {

	/** An emoji and a CJK extension B character (two UTF-16 units each), CRLF line ends, Arabic and Hebrew. */
	private static final String TEXT = "😀 Bashar al-Assad met 𠮷 officials in Damasco.\r\n"
			+ "بشار الأسد زار حمص\r\n"
			+ "Rebels 🚩 attacked Homs; שלום.\r\n";

	@TempDir
	Path folder;

	private Schema schema;
	private Document document;
	private SchemaTypes types;
	private CAS cas;

	@BeforeEach
	void writeDocumentToCas() throws Exception {
		SampleCorpus.open(folder);
		Files.writeString(folder.resolve("mixed.txt"), TEXT);
		CorpusStore store = CorpusStore.open(folder);
		schema = store.corpus().getSchema();
		document = store.load(Path.of("mixed.txt"));
		EntityMention assad = mention("PER", AnnotationStatus.ACCEPTED, "Bashar al-Assad");
		mention("GPE", AnnotationStatus.ACCEPTED, "حمص");
		mention("PER", AnnotationStatus.REJECTED, "officials");
		mention("GPE", AnnotationStatus.PROPOSED, "Damasco");
		Event attack = GlossatorFactory.eINSTANCE.createEvent();
		attack.setId("E1");
		attack.setType(SampleCorpus.type(schema, "Attack"));
		attack.getSpans().add(span("attacked"));
		attack.getSpans().add(span("שלום"));
		Argument agent = GlossatorFactory.eINSTANCE.createArgument();
		agent.setRole("Agent");
		agent.setFiller(assad);
		attack.getArguments().add(agent);
		document.getAnnotations().add(attack);

		types = SchemaTypes.of(schema);
		cas = CasCreationUtils.createCas(types.description(), null, null);
		new DocumentCasWriter(types).write(document, cas);
	}

	@Test
	void acceptedAnnotationsArriveInTheCasWithTheirOffsetsArgumentsAndIds() {
		assertEquals(TEXT, cas.getDocumentText());
		Type schemaAnnotation = cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION);
		List<AnnotationFS> written = List.copyOf(cas.<AnnotationFS>getAnnotationIndex(schemaAnnotation));
		assertEquals(List.of("T1 PER Bashar al-Assad", "T2 GPE حمص", "E1 Attack attacked Homs; שלום"),
				written.stream().map(fs -> fs.getStringValue(schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID))
						+ " " + fs.getType().getShortName() + " " + fs.getCoveredText()).toList(),
				"only accepted annotations, in text order; the discontinuous event covers both fragments");
		AnnotationFS event = written.get(2);
		ArrayFS<?> fragments = (ArrayFS<?>) event.getFeatureValue(schemaAnnotation.getFeatureByBaseName(GlossatorTypes.FRAGMENTS));
		assertEquals("שלום", ((AnnotationFS) fragments.get(1)).getCoveredText());
		ArrayFS<?> agents = (ArrayFS<?>) event.getFeatureValue(event.getType().getFeatureByBaseName("role_Agent"));
		assertSame(written.get(0), agents.get(0));
	}

	@Test
	void whatAnEngineAddsComesBackAsProposalsWithExactOffsets() {
		Type gpe = cas.getTypeSystem().getType("org.glossator.schema.GPE");
		Type allyOf = cas.getTypeSystem().getType("org.glossator.schema.Ally_of");
		Type schemaAnnotation = cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION);
		AnnotationFS assad = cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType("org.glossator.schema.PER")).iterator().next();
		// What an engine does: annotations of schema types, one with a confidence, a relation to an accepted one.
		int rebels = TEXT.indexOf("Rebels 🚩");
		AnnotationFS flag = cas.createAnnotation(gpe, rebels, rebels + "Rebels 🚩".length());
		flag.setDoubleValue(schemaAnnotation.getFeatureByBaseName(GlossatorTypes.CONFIDENCE), 0.75);
		flag.setStringValue(schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ORIGIN), "test-engine");
		cas.addFsToIndexes(flag);
		AnnotationFS ally = cas.createAnnotation(allyOf, assad.getBegin(), flag.getEnd());
		ally.setFeatureValue(allyOf.getFeatureByBaseName(GlossatorTypes.SOURCE), assad);
		ally.setFeatureValue(allyOf.getFeatureByBaseName(GlossatorTypes.TARGET), flag);
		cas.addFsToIndexes(ally);
		Type capture = cas.getTypeSystem().getType("org.glossator.schema.Capture");
		int homs = TEXT.indexOf("Homs");
		AnnotationFS took = cas.createAnnotation(capture, rebels, homs + 4);
		ArrayFS<AnnotationFS> fragments = cas.createArrayFS(2);
		fragments.set(0, cas.createAnnotation(cas.getTypeSystem().getType(GlossatorTypes.FRAGMENT), rebels, rebels + 6));
		fragments.set(1, cas.createAnnotation(cas.getTypeSystem().getType(GlossatorTypes.FRAGMENT), homs, homs + 4));
		took.setFeatureValue(schemaAnnotation.getFeatureByBaseName(GlossatorTypes.FRAGMENTS), fragments);
		ArrayFS<AnnotationFS> targets = cas.createArrayFS(1);
		targets.set(0, flag);
		took.setFeatureValue(capture.getFeatureByBaseName("role_Target"), targets);
		cas.addFsToIndexes(took);
		cas.addFsToIndexes(cas.createAnnotation(gpe, homs, homs)); // empty: no proposal

		List<Annotation> proposals = new ProposalReader(types).read(cas, document);

		assertEquals(3, proposals.size(), "the accepted annotations the CAS started with are no proposals, nor is the empty one");
		Annotation proposedGpe = proposals.stream().filter(EntityMention.class::isInstance).findFirst().orElseThrow();
		Span span = proposedGpe.getSpans().get(0);
		assertEquals("Rebels 🚩", TEXT.substring(span.getBegin(), span.getEnd()));
		assertEquals(TEXT.indexOf("Rebels"), span.getBegin(), "UTF-16 offset, past two surrogate pairs and two CRLFs");
		assertEquals(AnnotationStatus.PROPOSED, proposedGpe.getStatus());
		assertEquals("test-engine", proposedGpe.getOrigin());
		assertEquals(0.75, proposedGpe.getConfidence());
		Relation relation = (Relation) proposals.stream().filter(Relation.class::isInstance).findFirst().orElseThrow();
		assertSame(document.getAnnotations().get(0), relation.getSource(), "the accepted T1, found by its id");
		assertSame(proposedGpe, relation.getTarget());
		assertEquals(ProposalReader.UNKNOWN_ORIGIN, relation.getOrigin());
		assertNull(relation.getConfidence());
		Event proposedCapture = (Event) proposals.stream().filter(Event.class::isInstance).findFirst().orElseThrow();
		assertEquals(List.of("Rebels", "Homs"), proposedCapture.getSpans().stream().map(fragment -> TEXT.substring(fragment.getBegin(), fragment.getEnd())).toList());
		assertEquals("Target", proposedCapture.getArguments().get(0).getRole());
		assertSame(proposedGpe, proposedCapture.getArguments().get(0).getFiller());
	}

	private EntityMention mention(String type, AnnotationStatus status, String text) {
		EntityMention mention = GlossatorFactory.eINSTANCE.createEntityMention();
		mention.setId("T" + (document.getAnnotations().size() + 1));
		mention.setType(SampleCorpus.type(schema, type));
		mention.setStatus(status);
		mention.getSpans().add(span(text));
		document.getAnnotations().add(mention);
		return mention;
	}

	private static Span span(String text) {
		Span span = GlossatorFactory.eINSTANCE.createSpan();
		span.setBegin(TEXT.indexOf(text));
		span.setEnd(TEXT.indexOf(text) + text.length());
		return span;
	}
}
