package org.glossator.io.xmi;

import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusExport;
import org.glossator.io.LossReport;
import org.glossator.io.SampleCorpus;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our XMI and TypeSystem.xml, read back by uimaj itself in strict mode. */
class XmiExportTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	@Test
	void uimaReadsTheSampleInStrictModeWithEveryAcceptedEntity() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		LossReport report = CorpusExport.run(store, new XmiExporter(), out);

		TypeSystemDescription typeSystem = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(out.resolve(XmiExporter.TYPE_SYSTEM_FILE).toFile()));
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(out.resolve("000_99a4f567e82471d6.xmi"))) {
			XmiCasDeserializer.deserialize(in, cas, false);
		}
		assertEquals(original.getText(), cas.getDocumentText());
		List<String> inCas = new ArrayList<>();
		for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType("org.glossator.type.Entity"))) {
			inCas.add(fs.getType().getName() + " " + fs.getBegin() + "-" + fs.getEnd());
		}
		List<String> accepted = original.getAnnotations().stream()
				.filter(annotation -> annotation instanceof EntityMention && annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(mention -> "org.glossator.schema." + mention.getType().getName() + " " + mention.getSpans().get(0).getBegin() + "-"
						+ mention.getSpans().get(0).getEnd())
				.sorted().toList();
		assertEquals(42, accepted.size());
		assertEquals(accepted, inCas.stream().sorted().toList());
		assertTrue(Files.readString(out.resolve("000_99a4f567e82471d6.xmi")).contains("xmlns:schema=\"http:///org/glossator/schema.ecore\""));
		assertEquals(5, report.countsByReason().get("not accepted (only accepted annotations are written)"));
	}

	@Test
	void textThatXmlCannotHoldIsReportedNotWritten() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "bell.txt", "Ring \u0007 Assad"));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("bell.txt"));
		mention(schema, document, "T1", "PER", "Assad");
		LossReport report = new LossReport();
		new XmiExporter().exportDocument(document, schema, out, report);
		assertFalse(Files.exists(out.resolve("bell.xmi")));
		assertEquals("the whole document: text holds U+0007 at offset 5, which XML 1.0 cannot (not written)", report.of("bell").get(0).toString());
	}
}
