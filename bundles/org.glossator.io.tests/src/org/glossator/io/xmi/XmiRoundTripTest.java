package org.glossator.io.xmi;

import static org.glossator.io.TestDocuments.attribute;
import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.Canonical;
import org.glossator.io.CorpusExport;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport;
import org.glossator.io.SampleCorpus;
import org.glossator.io.UnicodeTexts;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import is the identity on what XMI carries: the accepted annotations. */
class XmiRoundTripTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	@Test
	void sampleComesBackWithItsAcceptedAnnotations() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		CorpusExport.run(store, new XmiExporter(), out);
		ImportedDocument imported = new XmiImporter().importDocument(out.resolve("000_99a4f567e82471d6.xmi"), store.corpus().getSchema());

		List<String> accepted = original.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(Canonical::annotation).sorted().toList();
		assertEquals(55, accepted.size());
		assertEquals(accepted, Canonical.annotations(imported.document()));
		assertEquals(original.getText(), imported.document().getText());
		assertEquals(original.getTextHash(), imported.document().getTextHash());
		assertEquals("en", imported.document().getLanguage());
	}

	@Test
	void discontinuousSpansRepeatedRolesAttributesAndRelationsComeBack() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "news.txt",
				"Smile \uD83D\uDE00: Assad met\r\nPutin in Damascus on Monday.\n"));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("news.txt"));
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		EntityMention putin = mention(schema, document, "T2", "PER", "Putin");
		EntityMention damascus = mention(schema, document, "T3", "GPE", "Damascus");
		attribute(event(schema, document, "E1", "Meeting", "met", "Participant", assad, "Participant", putin, "Place", damascus),
				"Modality", "reported");
		relation(schema, document, "R1", "Ally-of", assad, putin);
		mention(schema, document, "T4", "ORG", "Assad met\r\nPutin");
		mention(schema, document, "T5", "PER", "Smile", "Putin");
		LossReport report = new LossReport();
		new XmiExporter().exportDocument(document, schema, out, report);
		ImportedDocument imported = new XmiImporter().importDocument(out.resolve("news.xmi"), schema);
		assertEquals(Canonical.annotations(document), Canonical.annotations(imported.document()));
		assertEquals("Nothing lost.", report.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.glossator.io.UnicodeTexts#texts")
	void unicodeTextsComeBack(String name, String text, List<List<String>> mentions) throws Exception {
		UnicodeTexts.assertRoundTrip(corpusFolder, out, new XmiExporter(), new XmiImporter(), "a.xmi", text, mentions);
	}
}
