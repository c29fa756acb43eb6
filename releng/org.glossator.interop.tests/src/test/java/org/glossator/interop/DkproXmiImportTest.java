package org.glossator.interop;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.io.xmi.XmiWriter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusImport;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.TypeMapping;
import org.glossator.io.UnknownTypes;
import org.glossator.io.xmi.XmiImporter;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** XMI that DKPro Core's XmiWriter writes, with its NamedEntity layer, comes into a corpus through a type mapping. */
class DkproXmiImportTest {

	private static final String NER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	private static final String SEGMENTATION = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.";

	@TempDir
	Path folder;

	@Test
	void namedEntitiesWrittenByDkproImportWithExactTypesAndOffsets() throws Exception {
		GlossatorPackage.eINSTANCE.getName();
		String text = ExportedCorpus.UNICODE_TEXT;
		JCas jcas = JCasFactory.createJCas();
		jcas.setDocumentText(text);
		jcas.setDocumentLanguage("en");
		DocumentMetaData metaData = DocumentMetaData.create(jcas);
		metaData.setDocumentId("dkpro");
		metaData.setDocumentUri(folder.resolve("dkpro.txt").toUri().toString());
		metaData.setDocumentBaseUri(folder.toUri().toString());
		new Sentence(jcas, 0, text.indexOf('\r')).addToIndexes();
		String[] entities = { "Bashar al-Assad", "PERSON", "Vladimir Putin", "PER", "\u062F\u0645\u0634\u0642", "GPE", "Damascus", "GPE",
				"Zu\u0308rich", "GPE", "\uD835\uDD18\uD835\uDD2B\uD835\uDD26 Corp", "ORG" };
		for (int i = 0; i < entities.length; i += 2) {
			int begin = text.indexOf(entities[i]);
			new Token(jcas, begin, begin + entities[i].length()).addToIndexes();
			NamedEntity entity = new NamedEntity(jcas, begin, begin + entities[i].length());
			entity.setValue(entities[i + 1]);
			entity.addToIndexes();
		}
		Path written = Files.createDirectories(folder.resolve("dkpro-xmi"));
		AnalysisEngine writer = createEngine(XmiWriter.class, JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, written.toString(),
				JCasFileWriter_ImplBase.PARAM_STRIP_EXTENSION, true,
				XmiWriter.PARAM_TYPE_SYSTEM_FILE, written.resolve("TypeSystem.xml").toString());
		writer.process(jcas);
		writer.collectionProcessComplete();
		Path xmi = written.resolve("dkpro.xmi");
		assertTrue(Files.readString(xmi).contains("NamedEntity"), "DKPro wrote its own type");

		Path mapping = Files.writeString(folder.resolve("dkpro.map"), NER + "/value=PERSON -> PER\n" + NER + "/value -> *\n"
				+ SEGMENTATION + "Token -> -\n" + SEGMENTATION + "Sentence -> -\n");
		assertImportedExactly(xmi, mapping, "with-type-system", entities);
		// Without the TypeSystem.xml that DKPro writes only when asked, the types are inferred from the XMI.
		Files.delete(written.resolve("TypeSystem.xml"));
		assertImportedExactly(xmi, mapping, "inferred", entities);
	}

	private void assertImportedExactly(Path xmi, Path mapping, String corpusName, String[] entities) throws Exception {
		String text = ExportedCorpus.UNICODE_TEXT;
		Path corpus = Files.createDirectories(folder.resolve(corpusName));
		Files.copy(Path.of("../../bundles/org.glossator.sample/corpus/schema.xmi"), corpus.resolve("schema.xmi"));
		CorpusImport plan = CorpusImport.check(corpus, new XmiImporter(), List.of(xmi), TypeMapping.read(mapping), UnknownTypes.REFUSE,
				new NullProgressMonitor());
		plan.write(new NullProgressMonitor());

		Document imported = CorpusStore.open(corpus).load(Path.of("dkpro.txt"));
		assertEquals(text, imported.getText());
		List<String> expected = List.of("PER Bashar al-Assad", "PER Vladimir Putin", "GPE \u062F\u0645\u0634\u0642", "GPE Damascus",
				"GPE Zu\u0308rich", "ORG \uD835\uDD18\uD835\uDD2B\uD835\uDD26 Corp");
		assertEquals(expected, imported.getAnnotations().stream().map(annotation -> annotation.getType().getName() + " "
				+ text.substring(annotation.getSpans().get(0).getBegin(), annotation.getSpans().get(0).getEnd())).toList());
		for (int i = 0; i < entities.length; i += 2) {
			assertEquals(text.indexOf(entities[i]), imported.getAnnotations().get(i / 2).getSpans().get(0).getBegin());
		}
		// the tokens and the sentence are dropped by the mapping and listed; the entities' unused features too
		List<Loss> notCarried = plan.notCarried().of("dkpro.txt");
		assertEquals(7, notCarried.stream().filter(loss -> loss.reason().equals("type dropped by the mapping")).count(), notCarried.toString());
		assertEquals("en", imported.getLanguage());
	}
}
