package org.glossator.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.io.TypeMapping;
import org.glossator.io.TypeResolver;
import org.glossator.io.UnknownTypes;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XMI of a type system that is not ours, written by uimaj itself: its annotations come in through the mapping,
 * read with the TypeSystem.xml beside the file or, without one, with types inferred from the XMI.
 */
class ForeignXmiImportTest {

	/** Above U+FFFF, so UTF-16 offsets are checked too. */
	private static final String TEXT = "\uD83D\uDE00 Assad met Putin in Damascus.";
	private static final String MENTION = "com.example.ner.Mention";
	private static final String TOKEN = "com.example.seg.Token";

	@TempDir
	Path corpus;
	@TempDir
	Path folder;
	private Schema schema;
	private TypeSystemDescription foreignTypes;

	@BeforeEach
	void writeForeignXmi() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(corpus)).corpus().getSchema();
		foreignTypes = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription mention = foreignTypes.addType(MENTION, null, CAS.TYPE_NAME_ANNOTATION);
		mention.addFeature("category", null, CAS.TYPE_NAME_STRING);
		mention.addFeature("confidence", null, CAS.TYPE_NAME_DOUBLE);
		foreignTypes.addType(TOKEN, null, CAS.TYPE_NAME_ANNOTATION);
		CAS cas = CasCreationUtils.createCas(foreignTypes, null, null);
		cas.setDocumentText(TEXT);
		cas.setDocumentLanguage("en");
		Type mentionType = cas.getTypeSystem().getType(MENTION);
		add(cas, mentionType, 3, 8, "person", 0.9);
		add(cas, mentionType, 13, 18, "person", 0.8);
		add(cas, mentionType, 22, 30, "GPE", 0.7);
		for (int[] token : new int[][] { { 3, 8 }, { 9, 12 }, { 13, 18 } }) {
			cas.addFsToIndexes(cas.createAnnotation(cas.getTypeSystem().getType(TOKEN), token[0], token[1]));
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve("news.xmi"))) {
			XmiCasSerializer.serialize(cas, out);
		}
	}

	private static void add(CAS cas, Type type, int begin, int end, String category, double confidence) {
		AnnotationFS fs = cas.createAnnotation(type, begin, end);
		fs.setStringValue(type.getFeatureByBaseName("category"), category);
		fs.setDoubleValue(type.getFeatureByBaseName("confidence"), confidence);
		cas.addFsToIndexes(fs);
	}

	private TypeResolver mapped(UnknownTypes unknownTypes) throws Exception {
		Path mapping = Files.writeString(folder.resolve("example.map"), """
				com.example.ner.Mention/category=person -> PER
				com.example.ner.Mention/category -> *
				com.example.seg.Token -> -
				""");
		return new TypeResolver(schema, TypeMapping.read(mapping), unknownTypes);
	}

	@Test
	void withItsTypeSystemBesideItMappedMentionsComeInWithExactOffsets() throws Exception {
		try (OutputStream out = Files.newOutputStream(folder.resolve(XmiTypeSystem.FILE))) {
			foreignTypes.toXML(out);
		}
		ImportedDocument imported = new XmiImporter().importDocument(folder.resolve("news.xmi"), mapped(UnknownTypes.REFUSE));
		assertMapped(imported);
	}

	@Test
	void withoutATypeSystemTheTypesAreInferredFromTheXmi() throws Exception {
		assertMapped(new XmiImporter().importDocument(folder.resolve("news.xmi"), mapped(UnknownTypes.REFUSE)));
	}

	private static void assertMapped(ImportedDocument imported) {
		assertEquals(TEXT, imported.document().getText());
		assertEquals("en", imported.document().getLanguage());
		assertEquals(List.of("T1 PER Assad", "T2 PER Putin", "T3 GPE Damascus"), imported.document().getAnnotations().stream()
				.map(annotation -> annotation.getId() + " " + annotation.getType().getName() + " "
						+ TEXT.substring(annotation.getSpans().get(0).getBegin(), annotation.getSpans().get(0).getEnd()))
				.toList());
		// the features the mapping does not read are listed, as are the dropped tokens
		assertEquals(List.of("T1 (Mention 3-8) confidence=0.9", "T2 (Mention 13-18) confidence=0.8", "T3 (Mention 22-30) confidence=0.7"),
				imported.notCarried().stream().filter(loss -> loss.reason().equals("feature of a foreign type")).map(Loss::subject).toList());
		assertEquals(List.of("Annotation X1 (com.example.seg.Token) 3-8", "Annotation X2 (com.example.seg.Token) 9-12",
				"Annotation X3 (com.example.seg.Token) 13-18"),
				imported.notCarried().stream().filter(loss -> loss.reason().equals("type dropped by the mapping")).map(Loss::subject).toList());
		assertEquals(6, imported.notCarried().size(), imported.notCarried().toString());
	}

	@Test
	void unmappedForeignTypeIsRefusedAndNamedOrAddedOrDropped() throws Exception {
		ImportException refused = assertThrows(ImportException.class,
				() -> new XmiImporter().importDocument(folder.resolve("news.xmi"), TypeResolver.strict(schema)));
		assertTrue(refused.getMessage().matches(".*news.xmi: (Token|Mention) 3-8 has the type com.example.*, which the schema does not define"),
				refused.getMessage());

		TypeResolver adding = new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.ADD_TO_SCHEMA);
		ImportedDocument added = new XmiImporter().importDocument(folder.resolve("news.xmi"), adding);
		assertEquals(List.of(TOKEN, MENTION), adding.newTypes().stream().map(type -> type.getName()).toList());
		assertEquals(6, added.document().getAnnotations().size());
		assertTrue(added.notCarried().contains(new Loss("T2 (Mention 3-8) category=person", "feature of a foreign type")), added.notCarried().toString());

		ImportedDocument dropped = new XmiImporter().importDocument(folder.resolve("news.xmi"), new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.DROP));
		assertEquals(0, dropped.document().getAnnotations().size());
		assertEquals(6, dropped.notCarried().size(), dropped.notCarried().toString());
	}

	@Test
	void typeSystemBesideWithADoctypeIsRefused() throws Exception {
		Files.writeString(folder.resolve(XmiTypeSystem.FILE), "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<typeSystemDescription/>");
		ImportException refused = assertThrows(ImportException.class,
				() -> new XmiImporter().importDocument(folder.resolve("news.xmi"), mapped(UnknownTypes.REFUSE)));
		assertEquals(folder.resolve(XmiTypeSystem.FILE), refused.getPath());
		assertTrue(refused.getMessage().contains("DOCTYPE is disallowed"), refused.getMessage());
	}
}
