package org.glossator.interop;

import static org.apache.uima.fit.factory.CollectionReaderFactory.createReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.api.io.ResourceCollectionReaderBase;
import org.dkpro.core.io.brat.BratReader;
import org.dkpro.core.io.conll.Conll2002Reader;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.xmi.XmiReader;
import org.glossator.io.LossReport;
import org.glossator.io.brat.BratExporter;
import org.glossator.io.conll.Conll2002Exporter;
import org.glossator.io.conll.Conll2003Exporter;
import org.glossator.io.xmi.XmiExporter;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * DKPro Core's readers and uimaj's deserializer, from Maven Central, read our exports of the
 * sample corpus and of a document of hard characters, and find exactly our entities.
 */
class DkproReadsOurExportsTest {

	private static final String[] DOCUMENTS = { "000_99a4f567e82471d6", "unicode" };

	@TempDir
	static Path folder;

	private static ExportedCorpus corpus;

	@BeforeAll
	static void export() throws Exception {
		corpus = ExportedCorpus.create(folder);
	}

	@Test
	void conll2002ReaderFindsOurEntities() throws Exception {
		LossReport report = corpus.export(new Conll2002Exporter(), "conll2002");
		assertEntitiesByText(report, readNamedEntities(createReader(Conll2002Reader.class,
				ResourceCollectionReaderBase.PARAM_SOURCE_LOCATION, folder.resolve("conll2002").toString(),
				ResourceCollectionReaderBase.PARAM_PATTERNS, "*.conll", ResourceCollectionReaderBase.PARAM_LANGUAGE, "en")));
	}

	@Test
	void conll2003ReaderFindsOurEntities() throws Exception {
		LossReport report = corpus.export(new Conll2003Exporter(), "conll2003");
		assertEntitiesByText(report, readNamedEntities(createReader(Conll2003Reader.class,
				ResourceCollectionReaderBase.PARAM_SOURCE_LOCATION, folder.resolve("conll2003").toString(),
				ResourceCollectionReaderBase.PARAM_PATTERNS, "*.conll", ResourceCollectionReaderBase.PARAM_LANGUAGE, "en")));
	}

	/**
	 * brat counts code points, as brat itself (Python) does. DKPro's BratReader 2.4.0 takes
	 * them for UTF-16 units: on the sample (no character above U+FFFF) it finds our entities
	 * exactly; on the hard document it finds them at our code point offsets, which this test
	 * pins, so the day either side changes it shows.
	 */
	@Test
	void bratReaderFindsOurEntitiesAtOurCodePointOffsets() throws Exception {
		LossReport report = corpus.export(new BratExporter(), "brat");
		Map<String, List<String>> found = readNamedEntities(
				createReader(BratReader.class, ResourceCollectionReaderBase.PARAM_SOURCE_LOCATION, folder.resolve("brat").toString(),
						ResourceCollectionReaderBase.PARAM_PATTERNS, "*.ann", ResourceCollectionReaderBase.PARAM_LANGUAGE, "en",
						BratReader.PARAM_MAPPING, BratMapping.json(corpus.store.corpus().getSchema())),
				BratMapping.typeSystem(corpus.store.corpus().getSchema()));
		Document sample = corpus.document(DOCUMENTS[0] + ".txt");
		assertEquals(ExportedCorpus.writtenEntities(sample, report, DOCUMENTS[0]).stream().map(DkproReadsOurExportsTest::withOffsets).toList(),
				found.get(DOCUMENTS[0]));
		Document unicode = corpus.document(DOCUMENTS[1] + ".txt");
		String text = unicode.getText();
		assertEquals(ExportedCorpus.writtenEntities(unicode, report, DOCUMENTS[1]).stream()
				.map(mention -> mention.getType().getName() + "@" + text.codePointCount(0, mention.getSpans().get(0).getBegin()) + "-"
						+ text.codePointCount(0, mention.getSpans().get(0).getEnd()))
				.toList(), found.get(DOCUMENTS[1]).stream().map(entity -> entity.replaceFirst(" .*@", "@")).toList());
	}

	@Test
	void xmiReaderAndStrictDeserializerFindOurEntitiesAtOurOffsets() throws Exception {
		LossReport report = corpus.export(new XmiExporter(), "xmi");
		TypeSystemDescription ours = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(folder.resolve("xmi").resolve(XmiExporter.TYPE_SYSTEM_FILE).toFile()));
		for (String name : DOCUMENTS) {
			CAS strict = CasCreationUtils.createCas(ours, null, null);
			try (InputStream in = Files.newInputStream(folder.resolve("xmi").resolve(name + ".xmi"))) {
				XmiCasDeserializer.deserialize(in, strict, false);
			}
			List<String> expected = ExportedCorpus.writtenEntities(corpus.document(name + ".txt"), report, name).stream()
					.map(DkproReadsOurExportsTest::withOffsets).toList();
			assertEquals(expected, entities(strict), name);
		}
		JCas jcas = JCasFactory.createJCas(CasCreationUtils.mergeTypeSystems(List.of(ours, TypeSystemDescriptionFactory.createTypeSystemDescription())));
		CollectionReader reader = createReader(XmiReader.class, ResourceCollectionReaderBase.PARAM_SOURCE_LOCATION, folder.resolve("xmi").toString(),
				ResourceCollectionReaderBase.PARAM_PATTERNS, "*.xmi", XmiReader.PARAM_LENIENT, false);
		int read = 0;
		while (reader.hasNext()) {
			jcas.reset();
			reader.getNext(jcas.getCas());
			String name = DocumentMetaData.get(jcas).getDocumentId().replace(".xmi", "");
			List<String> expected = ExportedCorpus.writtenEntities(corpus.document(name + ".txt"), report, name).stream()
					.map(DkproReadsOurExportsTest::withOffsets).toList();
			assertEquals(expected, entities(jcas.getCas()), name);
			read++;
		}
		assertEquals(2, read);
	}

	/** CoNLL readers rebuild the text from tokens, so entities compare by type and text without whitespace. */
	private static void assertEntitiesByText(LossReport report, Map<String, List<String>> found) throws Exception {
		for (String name : DOCUMENTS) {
			Document document = corpus.document(name + ".txt");
			List<String> expected = ExportedCorpus.writtenEntities(document, report, name).stream()
					.map(mention -> mention.getType().getName() + " " + withoutWhitespace(covered(document, mention))).toList();
			assertTrue(expected.size() > 5, name);
			assertEquals(expected, found.get(name).stream().map(entity -> entity.replaceFirst("@.*", "")).toList(), name);
		}
	}

	private static Map<String, List<String>> readNamedEntities(CollectionReader reader) throws Exception {
		return readNamedEntities(reader, TypeSystemDescriptionFactory.createTypeSystemDescription());
	}

	/** Per document (file name without extension): "TYPE text@begin-end" of each NamedEntity, in text order. */
	private static Map<String, List<String>> readNamedEntities(CollectionReader reader, TypeSystemDescription types) throws Exception {
		Map<String, List<String>> byDocument = new LinkedHashMap<>();
		JCas jcas = JCasFactory.createJCas(types);
		while (reader.hasNext()) {
			jcas.reset();
			reader.getNext(jcas.getCas());
			String name = DocumentMetaData.get(jcas).getDocumentId().replaceFirst("\\.[a-z]+$", "");
			List<String> entities = new ArrayList<>();
			for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
				entities.add(entity.getValue() + " " + withoutWhitespace(entity.getCoveredText()) + "@" + entity.getBegin() + "-" + entity.getEnd());
			}
			byDocument.put(name, entities);
		}
		return byDocument;
	}

	private static List<String> entities(CAS cas) {
		List<String> entities = new ArrayList<>();
		for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType("org.glossator.type.Entity"))) {
			entities.add(fs.getType().getShortName() + " " + withoutWhitespace(fs.getCoveredText()) + "@" + fs.getBegin() + "-" + fs.getEnd());
		}
		return entities;
	}

	private static String withOffsets(EntityMention mention) {
		return mention.getType().getName() + " " + withoutWhitespace(covered(mention.eContainer() instanceof Document document ? document : null, mention))
				+ "@" + mention.getSpans().get(0).getBegin() + "-" + mention.getSpans().get(0).getEnd();
	}

	private static String covered(Document document, EntityMention mention) {
		return document.getText().substring(mention.getSpans().get(0).getBegin(), mention.getSpans().get(mention.getSpans().size() - 1).getEnd());
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}
}
