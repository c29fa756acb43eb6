package org.glossator.io.conll;

import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.LossReport;
import org.glossator.io.SampleCorpus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact CoNLL files for one entity layer, and the report of everything CoNLL cannot hold. */
class ConllExportTest {

	private static final Set<String> LAYER = Set.of("PER", "GPE", "ORG", "LOC");

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	private Schema schema;
	private Document document;

	@BeforeEach
	void annotate() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "news.txt",
				"Angela Merkel took the Paris Berlin train to Ankara.\nThe UN Security Council met in New York on Monday.\n"));
		schema = store.corpus().getSchema();
		document = store.load(Path.of("news.txt"));
		mention(schema, document, "T1", "PER", "Angela Merkel");
		mention(schema, document, "T2", "GPE", "Paris");
		mention(schema, document, "T3", "GPE", "Berlin");
		mention(schema, document, "T4", "GPE", "Ankara");
		mention(schema, document, "T5", "LOC", "Ankara.\nThe");
		EntityMention council = mention(schema, document, "T6", "ORG", "UN Security Council");
		mention(schema, document, "T7", "ORG", "UN");
		EntityMention newYork = mention(schema, document, "T8", "GPE", "New York");
		mention(schema, document, "T9", "DATE", "Monday");
		mention(schema, document, "T10", "PER", "Angela", "Merkel");
		mention(schema, document, "T11", "PER", "Monda");
		event(schema, document, "E1", "Meeting", "met", "Participant", council);
		relation(schema, document, "R1", "Located-in", council, newYork);
	}

	/** T11 ends inside the word "Monday": the token is cut there rather than the mention widened. */
	@Test
	void conll2002WritesIob2() throws Exception {
		LossReport report = new LossReport();
		new Conll2002Exporter(LAYER).exportDocument(document, schema, out, report);
		assertEquals("""
				Angela B-PER
				Merkel I-PER
				took O
				the O
				Paris B-GPE
				Berlin B-GPE
				train O
				to O
				Ankara B-GPE
				. O

				The O
				UN B-ORG
				Security I-ORG
				Council I-ORG
				met O
				in O
				New B-GPE
				York I-GPE
				on O
				Monda B-PER
				y O
				. O
				""", Files.readString(out.resolve("news.conll")));
		assertEquals(List.of(
				"Annotation E1 (Meeting): event (CoNLL holds entities only)",
				"Annotation R1 (Located-in): relation (CoNLL holds entities only)",
				"Annotation T10 (PER): discontinuous",
				"Annotation T5 (LOC): crosses a sentence boundary",
				"Annotation T7 (ORG): nested in or overlapping another mention",
				"Annotation T9 (DATE): not in the chosen entity layer"),
				report.of("news").stream().map(Object::toString).sorted().toList());
	}

	@Test
	void conll2003WritesIob1WithDocStart() throws Exception {
		LossReport report = new LossReport();
		new Conll2003Exporter(LAYER).exportDocument(document, schema, out, report);
		assertEquals("""
				-DOCSTART- -X- -X- O

				Angela _ O I-PER
				Merkel _ O I-PER
				took _ O O
				the _ O O
				Paris _ O I-GPE
				Berlin _ O B-GPE
				train _ O O
				to _ O O
				Ankara _ O I-GPE
				. _ O O

				The _ O O
				UN _ O I-ORG
				Security _ O I-ORG
				Council _ O I-ORG
				met _ O O
				in _ O O
				New _ O I-GPE
				York _ O I-GPE
				on _ O O
				Monda _ O I-PER
				y _ O O
				. _ O O
				""", Files.readString(out.resolve("news.conll")));
		assertEquals(6, report.of("news").size());
	}

	@Test
	void everyEntityTypeIsTheDefaultLayer() throws Exception {
		LossReport report = new LossReport();
		new Conll2002Exporter().exportDocument(document, schema, out, report);
		List<String> lines = Files.readAllLines(out.resolve("news.conll"));
		assertEquals("Monday B-DATE", lines.get(20), "DATE starts first and is longest, so PER 'Monda' is the overlap");
		assertEquals(List.of("nested in or overlapping another mention"),
				report.of("news").stream().filter(loss -> loss.subject().startsWith("Annotation T11")).map(LossReport.Loss::reason).toList());
	}
}
