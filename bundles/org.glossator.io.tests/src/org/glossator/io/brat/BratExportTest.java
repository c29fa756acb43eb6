package org.glossator.io.brat;

import static org.glossator.io.TestDocuments.attribute;
import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.Canonical;
import org.glossator.io.CorpusExport;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact .ann and annotation.conf brat gets, and what comes back from them. */
class BratExportTest {

	/** An emoji (one code point, two UTF-16 units) before every annotation, and a CRLF inside one. */
	private static final String TEXT = "Smile \uD83D\uDE00: Assad met\r\nPutin in Damascus \uD83C\uDDF8\uD83C\uDDFE on Monday.\n";

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	private CorpusStore store;
	private Schema schema;
	private Document document;

	@BeforeEach
	void annotate() throws Exception {
		store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "news.txt", TEXT));
		schema = store.corpus().getSchema();
		document = store.load(Path.of("news.txt"));
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		EntityMention putin = mention(schema, document, "T2", "PER", "Putin");
		EntityMention damascus = mention(schema, document, "T3", "GPE", "Damascus");
		EntityMention monday = mention(schema, document, "T4", "DATE", "Monday");
		monday.setOrigin("dates");
		monday.setConfidence(0.9);
		attribute(event(schema, document, "E1", "Meeting", "met", "Participant", assad, "Participant", putin, "Place", damascus,
				"Time", monday), "Modality", "reported");
		relation(schema, document, "R1", "Ally-of", assad, putin);
		mention(schema, document, "T5", "ORG", "Assad met\r\nPutin");
		mention(schema, document, "T6", "PER", "Smile", "Putin");
		mention(schema, document, "T8", "PER", "Smile").setStatus(AnnotationStatus.PROPOSED);
	}

	@Test
	void annFileCountsCodePointsAndSplitsSpansAtLineBreaks() throws Exception {
		LossReport report = new LossReport();
		new BratExporter().exportDocument(document, schema, out, report);

		assertEquals("""
				T1\tPER 9 14\tAssad
				T2\tPER 20 25\tPutin
				T3\tGPE 29 37\tDamascus
				T4\tDATE 44 50\tMonday
				T7\tMeeting 15 18\tmet
				T5\tORG 9 18;20 25\tAssad met Putin
				T6\tPER 0 5;20 25\tSmile Putin
				E1\tMeeting:T7 Participant:T1 Participant2:T2 Place:T3 Time:T4
				R1\tAlly-of Arg1:T1 Arg2:T2
				A1\tModality E1 reported
				""", Files.readString(out.resolve("news.ann")));
		assertEquals(TEXT, Files.readString(out.resolve("news.txt")));
		assertEquals(List.of(new Loss("Annotation T4 (DATE) dates", "origin"), new Loss("Annotation T4 (DATE) 0.9", "confidence"),
				new Loss("Annotation T8 (PER) proposed", AcceptedAnnotations.NOT_ACCEPTED)), report.of("news"));
		assertEquals(Map.of("origin", 1, "confidence", 1, AcceptedAnnotations.NOT_ACCEPTED, 1), report.countsByReason());
	}

	@Test
	void importGivesBackWhatBratExpresses() throws Exception {
		new BratExporter().exportDocument(document, schema, out, new LossReport());
		ImportedDocument imported = new BratImporter().importDocument(out.resolve("news.ann"), schema);

		assertEquals(Canonical.annotations(document).stream().filter(annotation -> !annotation.startsWith("T8 ")).toList(),
				Canonical.annotations(imported.document()));
		assertEquals(TEXT, imported.document().getText());
		assertEquals("news.txt", imported.document().getTextPath());
		assertEquals(document.getTextHash(), imported.document().getTextHash());
		assertEquals(AnnotationStatus.ACCEPTED, imported.document().getAnnotations().get(3).getStatus());
		assertEquals(List.of(), imported.notCarried());
	}

	@Test
	void corpusExportWritesConfAndReportsWhatBratCannotShow() throws Exception {
		store.save(document);
		LossReport report = CorpusExport.run(CorpusStore.open(corpusFolder), new BratExporter(), out);

		List<String> conf = Files.readAllLines(out.resolve(BratExporter.CONF_FILE));
		assertEquals(List.of("[entities]", "PER", "ORG", "GPE", "LOC", "DATE", "MONEY", "", "[relations]"), conf.subList(0, 9));
		assertTrue(conf.contains("Leader-of\tArg1:PER, Arg2:ORG|GPE"), conf::toString);
		assertTrue(conf.contains("Ally-of\tArg1:PER|ORG|GPE, Arg2:PER|ORG|GPE, <REL-TYPE>:symmetric"), conf::toString);
		assertTrue(conf.contains("Attack\tAgent*:PER|ORG|GPE, Target*:<ANY>, Place?:GPE|LOC, Time?:DATE"), conf::toString);
		assertTrue(conf.contains("Desertion\tPerson+:PER, Origin?:ORG, Time?:DATE"), conf::toString);
		assertTrue(conf.contains("Modality\tArg:Attack|Offensive|Airstrike|Ceasefire|Desertion|Capture|Withdrawal|Meeting|Flight, "
				+ "Value:asserted|reported|hypothetical"), conf::toString);
		assertEquals(List.of(new Loss("Meeting role Participant 2..*", "role cardinality other than ?, *, + or one (written as +)")),
				report.of(LossReport.SCHEMA).stream().filter(loss -> loss.reason().startsWith("role")).toList());
		assertEquals(19, report.countsByReason().get("colour, key and description (brat keeps them in visual.conf and kb.conf, not written)"));
		assertEquals(3, report.of("news").size());
		assertTrue(Files.exists(out.resolve("news.ann")));
	}
}
