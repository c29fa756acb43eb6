package org.glossator.io.tsv;

import static org.glossator.io.TestDocuments.attribute;
import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.Canonical;
import org.glossator.io.CorpusExport;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.io.UnicodeTexts;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the TSV export writes, to the character, and that reading it back changes nothing. */
class TsvExportTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	@Test
	void writesLayersStackingIdsSlotsRelationsAndEscapes() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "a.txt", "\uD83D\uDE00 Assad met Putin in Damascus."));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("a.txt"));
		EntityMention assad = attribute(mention(schema, document, "T1", "PER", "Assad"), "Note", "a_b|c->d");
		mention(schema, document, "T2", "GPE", "Damascus");
		EntityMention putin = mention(schema, document, "T3", "PER", "Putin");
		mention(schema, document, "T4", "PER", "Putin in Damascus");
		attribute(event(schema, document, "E1", "Meeting", "met", "Participant", assad, "Participant", putin), "Modality", "asserted");
		relation(schema, document, "R1", "Ally-of", assad, putin);
		mention(schema, document, "T5", "PER", "Assad", "Damascus");

		LossReport report = new LossReport();
		new TsvExporter().exportDocument(document, schema, out, report);

		String empty = "_\t_\t_\t";
		assertEquals("#FORMAT=WebAnno TSV 3.3\n"
				+ "#T_SP=webanno.custom.Entity|label|id|Note\n"
				+ "#T_SP=webanno.custom.Event|label|id|Modality|ROLE_webanno.custom.Event:arguments_webanno.custom.EventArgumentsLink|webanno.custom.Entity\n"
				+ "#T_RL=webanno.custom.Relation|label|id|BT_webanno.custom.Entity\n"
				+ "\n\n"
				+ "#Text=\uD83D\uDE00 Assad met Putin in Damascus.\n"
				+ "1-1\t0-2\t\uD83D\uDE00\t" + empty + empty + "_\t_\t" + empty + "\n"
				+ "1-2\t3-8\tAssad\tPER\tT1\ta\\_b\\|c\\->d\t" + empty + "_\t_\t" + empty + "\n"
				+ "1-3\t9-12\tmet\t" + empty + "Meeting\tE1\tasserted\tParticipant;Participant\t1-2;1-4[2]\t" + empty + "\n"
				+ "1-4\t13-18\tPutin\tPER[2]|PER[3]\tT3[2]|T4[3]\t*[2]|*[3]\t" + empty + "_\t_\tAlly-of\tR1\t1-2[0_2]\t\n"
				+ "1-5\t19-21\tin\tPER[3]\tT4[3]\t*[3]\t" + empty + "_\t_\t" + empty + "\n"
				+ "1-6\t22-30\tDamascus\tGPE[1]|PER[3]\tT2[1]|T4[3]\t*[1]|*[3]\t" + empty + "_\t_\t" + empty + "\n"
				+ "1-7\t30-31\t.\t" + empty + empty + "_\t_\t" + empty + "\n",
				Files.readString(out.resolve("a.tsv")));
		assertEquals(List.of(new Loss("Annotation T5 (PER)", "discontinuous span")), report.of("a"));

		ImportedDocument imported = new TsvImporter().importDocument(out.resolve("a.tsv"), schema);
		document.getAnnotations().remove(document.getAnnotations().size() - 1);
		assertEquals(Canonical.annotations(document), Canonical.annotations(imported.document()));
		assertEquals(document.getText(), imported.document().getText());
		assertEquals(document.getTextHash(), imported.document().getTextHash());
	}

	/** An event filling another's role makes the slot untyped, and every filler gets an id that names it across layers. */
	@Test
	void eventAsFillerMakesTheSlotUntyped() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "a.txt", "Assad met Putin and attacked."));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("a.txt"));
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		Event meeting = event(schema, document, "E1", "Meeting", "met", "Participant", assad);
		event(schema, document, "E2", "Attack", "attacked", "Agent", assad, "Cause", meeting);

		LossReport report = new LossReport();
		new TsvExporter().exportDocument(document, schema, out, report);
		String tsv = Files.readString(out.resolve("a.tsv"));
		assertTrue(tsv.contains("|ROLE_webanno.custom.Event:arguments_webanno.custom.EventArgumentsLink|uima.tcas.Annotation\n"), tsv);
		assertTrue(tsv.contains("\tAgent;Cause\t1-1[1];1-2[2]\t"), tsv);
		ImportedDocument imported = new TsvImporter().importDocument(out.resolve("a.tsv"), schema);
		assertEquals(Canonical.annotations(document), Canonical.annotations(imported.document()));
	}

	@Test
	void sampleDocumentComesBack() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		LossReport report = CorpusExport.run(store, new TsvExporter(), out);

		ImportedDocument imported = new TsvImporter().importDocument(out.resolve("000_99a4f567e82471d6.tsv"), store.corpus().getSchema());
		List<String> accepted = original.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(Canonical::annotation).sorted().toList();
		assertEquals(55, accepted.size());
		assertEquals(accepted, Canonical.annotations(imported.document()));
		assertEquals(original.getText(), imported.document().getText());
		assertEquals(5, report.of("000_99a4f567e82471d6").size(), report.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.glossator.io.UnicodeTexts#texts")
	void unicodeTextsComeBack(String name, String text, List<List<String>> mentions) throws Exception {
		List<List<String>> continuous = mentions.stream().filter(fragments -> fragments.size() == 1).toList();
		UnicodeTexts.assertRoundTrip(corpusFolder, out, new TsvExporter(), new TsvImporter(), "a.tsv", text, continuous);
	}
}
