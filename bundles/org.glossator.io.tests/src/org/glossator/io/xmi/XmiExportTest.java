package org.glossator.io.xmi;

import static org.glossator.io.TestDocuments.attribute;
import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
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
import org.glossator.model.Event;
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

	/**
	 * The sofa's text and attribute values are XML attributes: their CR, LF and tab must come back as they were (an
	 * XML reader turns a raw line end in an attribute into a space), and so must characters above U+FFFF,
	 * right-to-left script and combining marks.
	 */
	@Test
	void lineEndsTabsAndEveryScriptComeBackFromAttributesInStrictMode() throws Exception {
		String text = "Smile \uD83D\uDE00\r\nAssad\tmet Putin in \u062F\u0645\u0634\u0642 and Zu\u0308rich.\r\n";
		String value = "said:\r\n\t\"it\" <&> \uD835\uDD07 \u062F\u0645 Zu\u0308rich\r";
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "news.txt", text));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("news.txt"));
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		Event meeting = attribute(event(schema, document, "E1", "Meeting", "met", "Participant", assad), "Modality", value);
		LossReport report = new LossReport();
		XmiExporter exporter = new XmiExporter();
		exporter.exportSchema(schema, out, report);
		exporter.exportDocument(document, schema, out, report);

		TypeSystemDescription typeSystem = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(out.resolve(XmiExporter.TYPE_SYSTEM_FILE).toFile()));
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(out.resolve("news.xmi"))) {
			XmiCasDeserializer.deserialize(in, cas, false);
		}
		assertEquals(text, cas.getDocumentText());
		Type meetingType = cas.getTypeSystem().getType("org.glossator.schema.Meeting");
		AnnotationFS written = cas.<AnnotationFS>getAnnotationIndex(meetingType).iterator().next();
		assertEquals(meeting.getSpans().get(0).getBegin(), written.getBegin());
		assertEquals(value, written.getStringValue(meetingType.getFeatureByBaseName("attr_Modality")));
		// Pretty-printed as uimaj's own XMLSerializer does it: each element on a line of its own, indented by four.
		List<String> lines = Files.readAllLines(out.resolve("news.xmi"));
		assertTrue(lines.get(0).startsWith("<?xml version=") && lines.get(0).contains("?><xmi:XMI "), lines.get(0));
		assertTrue(lines.subList(1, lines.size() - 1).stream().allMatch(line -> line.startsWith("    <") && line.endsWith("/>")), "element lines");
		assertEquals("</xmi:XMI>", lines.get(lines.size() - 1));
		assertEquals(8, lines.size(), () -> "declaration and root, NULL, sofa, document annotation, mention, event, role array, view, "
				+ "end tag: " + lines);
	}

	@Test
	void attributeValueThatXmlCannotHoldIsRefusedNamingFileAndPlace() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "bell.txt", "Assad met Putin."));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("bell.txt"));
		attribute(event(schema, document, "E1", "Meeting", "met"), "Modality", "say\u0007");
		IOException refused = assertThrows(IOException.class, () -> new XmiExporter().exportDocument(document, schema, out, new LossReport()));
		assertEquals("Cannot write bell.xmi: U+0007 at offset 3 of attribute attr_Modality of <schema:Meeting> is not allowed in XML 1.0",
				refused.getMessage());
		try (var left = Files.list(out)) {
			assertEquals(List.of(), left.toList(), "no file, no temporary file");
		}
	}
}
