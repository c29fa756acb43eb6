package org.glossator.io.jsonl;

import static org.glossator.io.TestDocuments.event;
import static org.glossator.io.TestDocuments.mention;
import static org.glossator.io.TestDocuments.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.Canonical;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doccano and spaCy-style entity lists: exact lines, code point offsets, losses reported, and read back. */
class EntityListTest {

	private static final String TEXT = "\uD83D\uDE00 Assad met Putin in Damascus.";

	@TempDir
	Path folder;
	@TempDir
	Path out;

	private Schema schema;
	private Document document;

	@BeforeEach
	void annotate() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(folder, "a.txt", TEXT));
		schema = store.corpus().getSchema();
		document = store.load(Path.of("a.txt"));
		EntityMention assad = mention(schema, document, "T1", "PER", "Assad");
		EntityMention putin = mention(schema, document, "T2", "PER", "Putin");
		mention(schema, document, "T3", "GPE", "Damascus");
		mention(schema, document, "T4", "PER", "Putin", "Damascus");
		event(schema, document, "E1", "Meeting", "met", "Participant", assad, "Participant", putin);
		relation(schema, document, "R1", "Ally-of", assad, putin);
	}

	@Test
	void doccanoLineHasCodePointOffsetsAndReportsWhatItCannotHold() throws Exception {
		LossReport report = export(new DoccanoExporter());
		assertEquals("{\"id\":\"a\",\"text\":\"" + TEXT + "\",\"label\":[[2,7,\"PER\"],[12,17,\"PER\"],[21,29,\"GPE\"]]}\n",
				Files.readString(out.resolve(JsonLinesExporter.FILE)));
		assertEquals(Map.of("discontinuous span", 1, "event (entity lists hold entity mentions only)", 1,
				"relation (entity lists hold entity mentions only)", 1), report.countsByReason());
		assertEquals(List.of(new Loss("Annotation T4 (PER)", "discontinuous span"),
				new Loss("Annotation E1 (Meeting)", "event (entity lists hold entity mentions only)"),
				new Loss("Annotation R1 (Ally-of)", "relation (entity lists hold entity mentions only)")), report.of("a"));
	}

	@Test
	void spacyLinesComeBackAsTheContinuousMentions() throws Exception {
		export(new SpacyExporter());
		assertEquals("{\"id\":\"a\",\"text\":\"" + TEXT + "\",\"entities\":[[2,7,\"PER\"],[12,17,\"PER\"],[21,29,\"GPE\"]]}\n",
				Files.readString(out.resolve(JsonLinesExporter.FILE)));
		ImportedDocument imported = new SpacyImporter().importDocument(out.resolve(JsonLinesExporter.FILE), schema);
		assertEquals(List.of("T1 EntityMention PER [3-8] {}", "T2 EntityMention PER [13-18] {}", "T3 EntityMention GPE [22-30] {}"),
				Canonical.annotations(imported.document()));
		assertEquals("a.txt", imported.document().getTextPath());
		assertEquals(TEXT, imported.document().getText());
	}

	/** A line as doccano exports it: a numeric id and its own extra fields. */
	@Test
	void doccanoExportIsRead() throws Exception {
		Path file = folder.resolve("admin.jsonl");
		Files.writeString(file, "{\"id\": 17, \"text\": \"" + TEXT + "\", \"label\": [[21, 29, \"GPE\"], [2, 7, \"PER\"]], \"Comments\": []}\n"
				+ "\n{\"text\": \"Nothing here.\", \"label\": []}\n");
		List<ImportedDocument> imported = new DoccanoImporter().importDocuments(file, schema);
		assertEquals(List.of("17.txt", "admin-3.txt"), imported.stream().map(document -> document.document().getTextPath()).toList());
		assertEquals(List.of("T1 EntityMention GPE [22-30] {}", "T2 EntityMention PER [3-8] {}"), Canonical.annotations(imported.get(0).document()));
		assertEquals(List.of(new Loss("17 \"Comments\"", "field an entity list does not define")), imported.get(0).notCarried());
		assertEquals(List.of(), imported.get(1).document().getAnnotations());
	}

	private LossReport export(JsonLinesExporter exporter) throws Exception {
		LossReport report = new LossReport();
		exporter.exportDocument(document, schema, out, report);
		exporter.finish(out, report);
		return report;
	}
}
