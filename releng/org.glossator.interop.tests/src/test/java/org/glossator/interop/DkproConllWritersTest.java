package org.glossator.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.api.io.ResourceCollectionReaderBase;
import org.dkpro.core.io.conll.Conll2002Reader;
import org.dkpro.core.io.conll.Conll2002Writer;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.conll.Conll2003Writer;
import org.glossator.io.Exporter;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.LossReport;
import org.glossator.io.conll.Conll2002Exporter;
import org.glossator.io.conll.Conll2002Importer;
import org.glossator.io.conll.Conll2003Exporter;
import org.glossator.io.conll.Conll2003Importer;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our CoNLL importers read what DKPro Core's Conll2002Writer and Conll2003Writer write: DKPro reads our export of
 * the sample corpus and the document of hard characters, writes it again, and we import its files and find the
 * entities we exported (by type and text; CoNLL keeps no whitespace).
 */
class DkproConllWritersTest {

	private static final String[] DOCUMENTS = { "000_99a4f567e82471d6", "unicode" };

	@TempDir
	static Path folder;

	private static ExportedCorpus corpus;

	@BeforeAll
	static void export() throws Exception {
		corpus = ExportedCorpus.create(folder);
	}

	@Test
	void conll2002WriterOutputImports() throws Exception {
		assertDkproOutputImports(new Conll2002Exporter(), Conll2002Reader.class, Conll2002Writer.class, new Conll2002Importer(), "conll2002");
	}

	@Test
	void conll2003WriterOutputImports() throws Exception {
		assertDkproOutputImports(new Conll2003Exporter(), Conll2003Reader.class, Conll2003Writer.class, new Conll2003Importer(), "conll2003");
	}

	private static void assertDkproOutputImports(Exporter exporter, Class<? extends ResourceCollectionReaderBase> readerClass,
			Class<? extends JCasFileWriter_ImplBase> writerClass, Importer importer, String format) throws Exception {
		LossReport report = corpus.export(exporter, format);
		Path dkpro = folder.resolve(format + "-dkpro");
		CollectionReaderDescription reader = CollectionReaderFactory.createReaderDescription(readerClass,
				ResourceCollectionReaderBase.PARAM_SOURCE_LOCATION, folder.resolve(format).toString(),
				ResourceCollectionReaderBase.PARAM_PATTERNS, "*.conll", ResourceCollectionReaderBase.PARAM_LANGUAGE, "en");
		AnalysisEngineDescription writer = AnalysisEngineFactory.createEngineDescription(writerClass,
				JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, dkpro.toString(), JCasFileWriter_ImplBase.PARAM_STRIP_EXTENSION, true);
		SimplePipeline.runPipeline(reader, writer);
		for (String name : DOCUMENTS) {
			Document original = corpus.document(name + ".txt");
			List<String> expected = ExportedCorpus.writtenEntities(original, report, name).stream()
					.map(mention -> byText(original, mention)).toList();
			assertTrue(expected.size() > 5, name);
			Path written;
			try (Stream<Path> files = Files.list(dkpro)) {
				written = files.filter(file -> file.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
			}
			List<ImportedDocument> imported = importer.importDocuments(written, corpus.store.corpus().getSchema());
			assertEquals(1, imported.size(), written.toString());
			Document document = imported.get(0).document();
			assertEquals(expected, document.getAnnotations().stream().map(mention -> byText(document, (EntityMention) mention)).toList(), name);
		}
	}

	private static String byText(Document document, EntityMention mention) {
		Span first = mention.getSpans().get(0);
		return mention.getType().getName() + " " + document.getText().substring(first.getBegin(), first.getEnd()).replaceAll("\\s+", "");
	}
}
