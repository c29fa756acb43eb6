package org.glossator.io.jsonl;

import static org.glossator.io.TestDocuments.attribute;
import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Glossator's JSON lines: exact content, offsets in code points, and export then import is the identity. */
class JsonlRoundTripTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	@Test
	void lineHoldsEverythingWithCodePointOffsets() throws Exception {
		// U+1F600 takes two UTF-16 code units but one code point: Assad begins at code point 2, UTF-16 offset 3.
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "a.txt", "\uD83D\uDE00 Assad met Putin in Damascus."));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("a.txt"));
		document.setLanguage("en");
		document.setStatus(DocumentStatus.DONE);
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		EntityMention putin = attribute(mention(schema, document, "T2", "PER", "Putin", "Damascus"), "Negated", null);
		attribute(event(schema, document, "E1", "Meeting", "met", "Participant", assad, "Participant", putin), "Modality", "asserted");
		relation(schema, document, "R1", "Ally-of", assad, putin);

		LossReport report = new LossReport();
		JsonlExporter exporter = new JsonlExporter();
		exporter.exportDocument(document, schema, out, report);
		exporter.finish(out, report);

		assertEquals("{\"name\":\"a\",\"language\":\"en\",\"status\":\"done\",\"text\":\"\uD83D\uDE00 Assad met Putin in Damascus.\","
				+ "\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"attributes\":{},\"start\":2,\"end\":7,\"text\":\"Assad\"},"
				+ "{\"id\":\"T2\",\"label\":\"PER\",\"attributes\":{\"Negated\":null},\"start\":12,\"end\":29,\"text\":\"Putin Damascus\",\"fragments\":[[12,17],[21,29]]}],"
				+ "\"events\":[{\"id\":\"E1\",\"label\":\"Meeting\",\"attributes\":{\"Modality\":\"asserted\"},\"start\":8,\"end\":11,\"text\":\"met\","
				+ "\"arguments\":[{\"role\":\"Participant\",\"filler\":\"T1\"},{\"role\":\"Participant\",\"filler\":\"T2\"}]}],"
				+ "\"relations\":[{\"id\":\"R1\",\"label\":\"Ally-of\",\"attributes\":{},\"source\":\"T1\",\"target\":\"T2\"}]}\n",
				Files.readString(out.resolve(JsonLinesExporter.FILE), StandardCharsets.UTF_8));
		assertEquals("Nothing lost.", report.toString());

		ImportedDocument imported = new JsonlImporter().importDocument(out.resolve(JsonLinesExporter.FILE), schema);
		assertEquals(Canonical.annotations(document), Canonical.annotations(imported.document()));
		assertEquals("en", imported.document().getLanguage());
		assertEquals(DocumentStatus.DONE, imported.document().getStatus());
		assertEquals("a.txt", imported.document().getTextPath());
		assertEquals(document.getTextHash(), imported.document().getTextHash());
		assertEquals(List.of(), imported.notCarried());
	}

	@Test
	void sampleCorpusComesBack() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		LossReport report = CorpusExport.run(store, new JsonlExporter(), out);

		List<ImportedDocument> imported = new JsonlImporter().importDocuments(out.resolve(JsonLinesExporter.FILE), store.corpus().getSchema());
		assertEquals(1, imported.size());
		List<String> accepted = original.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(Canonical::annotation).sorted().toList();
		assertEquals(55, accepted.size());
		assertEquals(accepted, Canonical.annotations(imported.get(0).document()));
		assertEquals(original.getText(), imported.get(0).document().getText());
		assertEquals(original.getTextHash(), imported.get(0).document().getTextHash());
		// only the five pre-annotations that are not accepted stay out
		assertEquals(5, report.of("000_99a4f567e82471d6").size());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.glossator.io.UnicodeTexts#texts")
	void unicodeTextsComeBack(String name, String text, List<List<String>> mentions) throws Exception {
		UnicodeTexts.assertRoundTrip(corpusFolder, out, new JsonlExporter(), new JsonlImporter(), JsonLinesExporter.FILE, text, mentions);
	}
}
