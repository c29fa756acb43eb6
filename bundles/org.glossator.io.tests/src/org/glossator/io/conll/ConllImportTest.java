package org.glossator.io.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusImport;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.SampleCorpus;
import org.glossator.io.TypeMapping;
import org.glossator.io.TypeResolver;
import org.glossator.io.UnknownTypes;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How CoNLL files become documents: rebuilt text, mentions as conlleval reads the tags, documents at -DOCSTART-. */
class ConllImportTest {

	@TempDir
	Path folder;

	private Schema schema;

	@BeforeEach
	void openSchema() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(folder)).corpus().getSchema();
	}

	@Test
	void iob2TextAndMentions() throws Exception {
		Document document = new Conll2002Importer().importDocument(write("news.conll", """
				Angela B-PER
				Merkel I-PER
				met O
				Putin B-PER
				Assad B-PER
				.\tO

				The O
				UN B-ORG
				""" + "  met   O  \n"), schema).document();
		assertEquals("Angela Merkel met Putin Assad .\nThe UN met\n", document.getText());
		assertEquals(List.of("PER Angela Merkel", "PER Putin", "PER Assad", "ORG UN"), mentions(document));
		assertEquals("news.txt", document.getTextPath());
	}

	/** IOB1: I- starts a mention unless the same type comes before; B- parts neighbours of one type. */
	@Test
	void iob1WithDocumentsAtDocstart() throws Exception {
		List<ImportedDocument> documents = new Conll2003Importer().importDocuments(write("two.conll", """
				-DOCSTART- -X- -X- O

				Paris NNP B-NP I-LOC
				Berlin NNP I-NP B-LOC
				and CC O O
				Ankara NNP B-NP I-LOC
				Turkey NNP I-NP I-LOC

				-DOCSTART- -X- O O

				UN NNP B-NP I-ORG
				"""), schema);
		assertEquals(List.of("two-1.txt", "two-2.txt"), documents.stream().map(imported -> imported.document().getTextPath()).toList());
		Document first = documents.get(0).document();
		assertEquals("Paris Berlin and Ankara Turkey\n", first.getText());
		assertEquals(List.of("LOC Paris", "LOC Berlin", "LOC Ankara Turkey"), mentions(first));
		assertEquals(List.of("ORG UN"), mentions(documents.get(1).document()));
		ImportException one = assertThrows(ImportException.class, () -> new Conll2003Importer().importDocument(folder.resolve("two.conll"), schema));
		assertEquals("the file holds 2 documents, not one", one.getProblem());
	}

	@Test
	void byteOrderMarkIsNoToken() throws Exception {
		List<ImportedDocument> documents = new Conll2003Importer().importDocuments(write("bom.conll", "\uFEFF-DOCSTART- -X- -X- O\n\nAssad NNP B-NP I-PER\n"), schema);
		assertEquals(1, documents.size());
		assertEquals("Assad\n", documents.get(0).document().getText());
	}

	/** As conlleval counts them: an I- after O, after a sentence break or after another type begins a mention. */
	@Test
	void strayInsideTagsBeginMentions() throws Exception {
		Document document = new Conll2002Importer().importDocument(write("stray.conll", """
				in O
				New I-LOC
				York I-LOC
				Assad I-PER

				Merkel I-PER
				"""), schema).document();
		assertEquals(List.of("LOC New York", "PER Assad", "PER Merkel"), mentions(document));
	}

	@Test
	void unknownTypesGoThroughTheResolver() throws Exception {
		Path file = write("gene.conll", "BRCA1 B-GENE\nis O\nAssad B-PER\n");
		ImportException refused = assertThrows(ImportException.class, () -> new Conll2002Importer().importDocument(file, schema));
		assertEquals(file + ", line 1: the tag B-GENE has the type GENE, which the schema does not define", refused.getMessage());

		TypeResolver adding = new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.ADD_TO_SCHEMA);
		assertEquals(List.of("GENE BRCA1", "PER Assad"), mentions(new Conll2002Importer().importDocument(file, adding).document()));
		assertEquals(List.of("GENE"), adding.newTypes().stream().map(type -> type.getName()).toList());

		ImportedDocument dropped = new Conll2002Importer().importDocument(file, new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.DROP));
		assertEquals(List.of("PER Assad"), mentions(dropped.document()));
		assertEquals(1, dropped.notCarried().size());
	}

	/** Into a corpus: every document of the file becomes a text and its annotations, with the type the schema lacked added. */
	@Test
	void corpusImportWritesEveryDocument() throws Exception {
		Path input = Files.createDirectory(folder.resolve("input"));
		Path file = Files.writeString(input.resolve("genes.conll"), """
				-DOCSTART- -X- -X- O

				BRCA1 NN B-NP I-GENE
				and CC O O
				Assad NNP B-NP I-PER

				-DOCSTART- -X- -X- O

				TP53 NN B-NP I-GENE
				""", StandardCharsets.UTF_8);
		CorpusImport plan = CorpusImport.check(folder, new Conll2003Importer(), List.of(file), TypeMapping.NONE, UnknownTypes.ADD_TO_SCHEMA,
				new NullProgressMonitor());
		assertEquals(List.of("GENE"), plan.newTypes().stream().map(type -> type.getName()).toList());
		plan.write(new NullProgressMonitor());
		CorpusStore store = CorpusStore.open(folder);
		assertEquals("BRCA1 and Assad\n", Files.readString(folder.resolve("genes-1.txt")));
		assertEquals(List.of("GENE BRCA1", "PER Assad"), mentions(store.load(Path.of("genes-1.txt"))));
		assertEquals(List.of("GENE TP53"), mentions(store.load(Path.of("genes-2.txt"))));
	}

	/** Real files often end the last sentence without a blank line, or even without a line break; DKPro's readers take them. */
	@Test
	void lastSentenceWithoutBlankLineOrFinalLineBreak() throws Exception {
		String complete = "Angela B-PER\nMerkel I-PER\nmet O\n\nPutin B-PER\nspoke O\n\n";
		Document expected = new Conll2002Importer().importDocument(write("complete.conll", complete), schema).document();
		assertEquals("Angela Merkel met\nPutin spoke\n", expected.getText());
		String crlf = complete.replace("\n", "\r\n");
		List<String> endings = List.of(complete.substring(0, complete.length() - 1), complete.substring(0, complete.length() - 2),
				crlf.substring(0, crlf.length() - 4));
		for (String content : endings) {
			Document document = new Conll2002Importer().importDocument(write("cut.conll", content), schema).document();
			assertEquals(expected.getText(), document.getText(), content);
			assertEquals(List.of("PER Angela Merkel", "PER Putin"), mentions(document), content);
		}
		Document last = new Conll2003Importer().importDocument(write("cut2003.conll",
				"-DOCSTART- -X- -X- O\n\nParis NNP B-NP I-LOC\nand CC O O\n\nAnkara NNP B-NP I-LOC"), schema).document();
		assertEquals("Paris and\nAnkara\n", last.getText());
		assertEquals(List.of("LOC Paris", "LOC Ankara"), mentions(last));
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static List<String> mentions(Document document) {
		return document.getAnnotations().stream().map(annotation -> {
			Span span = annotation.getSpans().get(0);
			return annotation.getType().getName() + " " + document.getText().substring(span.getBegin(), span.getEnd());
		}).toList();
	}
}
