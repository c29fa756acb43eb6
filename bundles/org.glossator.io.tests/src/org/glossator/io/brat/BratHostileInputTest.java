package org.glossator.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile brat files: refused whole, with file, line and problem in the message. */
class BratHostileInputTest {

	private static final String TEXT = "\uD83D\uDE00 Assad met Putin in Damascus.\n";

	@TempDir
	Path folder;

	private Schema schema;

	@BeforeEach
	void openSchema() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(folder)).corpus().getSchema();
	}

	static Stream<Arguments> brokenAnnFiles() {
		return Stream.of(
				Arguments.of("truncated line", "T1\tPER 2 7\tAssad\nT2\tPER 12 1", 2, "T2 has no text field after its offsets (truncated file?)"),
				Arguments.of("truncated file", "T1\tPER 2 7\tAssad\nT2", 2, "'T2' is not an annotation line"),
				Arguments.of("offset outside the text", "T1\tPER 30 40\tDamascus", 1, "T1: offset 40 lies outside the text (31 code points)"),
				Arguments.of("UTF-16 offsets taken for code points", "T1\tPER 3 8\tAssad", 1,
						"T1 has the text 'Assad', but its offsets cover 'ssad ' (offsets not in code points, or the wrong .txt?)"),
				Arguments.of("text not matching offsets", "T1\tPER 2 7\tPutin", 1, "T1 has the text 'Putin', but its offsets cover 'Assad'"),
				Arguments.of("empty span", "T1\tPER 2 2\t", 1, "T1: fragment 2 2 is empty or reversed"),
				Arguments.of("offset not a number", "T1\tPER two 7\tAssad", 1, "T1: For input string: \"two\""),
				Arguments.of("unknown type", "T1\tPERSON 2 7\tAssad", 1, "T1 has the type PERSON, which the schema does not define"),
				Arguments.of("duplicate id", "T1\tPER 2 7\tAssad\nT1\tPER 12 17\tPutin", 2, "the id T1 is used twice, first on line 1"),
				Arguments.of("dangling reference", "T1\tPER 2 7\tAssad\nR1\tAlly-of Arg1:T1 Arg2:T9", 2,
						"R1 refers to T9, which is no annotation of this file"),
				Arguments.of("attribute of nothing", "A1\tModality E4 reported", 1, "A1 refers to E4, which is no annotation of this file"),
				Arguments.of("event without trigger", "E1\tMeeting:T3", 1, "E1 has the trigger T3, which is no trigger of this file"),
				Arguments.of("trigger of another event type", "T1\tAttack 8 11\tmet\nE1\tMeeting:T1", 2,
						"E1 is an event of type Meeting, but its trigger T1 (line 1) has another type"),
				Arguments.of("relation type on text", "T1\tAlly-of 2 7\tAssad", 1, "T1 has the relation type Ally-of, but covers text like an entity"),
				Arguments.of("unknown kind of line", "X1\tPER 2 7\tAssad", 1, "the id X1 is of no kind brat knows"),
				Arguments.of("role without filler", "T1\tMeeting 8 11\tmet\nE1\tMeeting:T1 Participant:", 2, "E1: 'Participant:' is not of the form Role:id"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenAnnFiles")
	void brokenAnnFileIsRefusedWithFileLineAndProblem(String name, String ann, int line, String problem) throws Exception {
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		Files.writeString(folder.resolve("doc.ann"), ann);
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.txt"), schema));
		assertEquals(line, refused.getLine());
		assertEquals(folder.resolve("doc.ann"), refused.getPath());
		assertTrue(refused.getMessage().startsWith(folder.resolve("doc.ann") + ", line " + line + ": " + problem), refused.getMessage());
	}

	@Test
	void textInAnotherEncodingIsRefused() throws Exception {
		Files.write(folder.resolve("doc.txt"), "Caf\u00E9 Assad".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(folder.resolve("doc.ann"), "T1\tPER 5 10\tAssad\n");
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.ann"), schema));
		assertEquals("The text " + folder.resolve("doc.txt") + " is not valid UTF-8: byte 0xE9 at byte offset 3 (line 1) does not decode. "
				+ "Save the text as UTF-8.", refused.getMessage());
	}

	@Test
	void annInAnotherEncodingIsRefused() throws Exception {
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		Files.write(folder.resolve("doc.ann"), "T1\tPER 2 7\tAssad\n#1\tAnnotatorNotes T1\tcaf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.ann"), schema));
		assertTrue(refused.getMessage().contains("is not valid UTF-8: byte 0xE9 at byte offset 41 (line 2)"), refused.getMessage());
	}

	@Test
	void veryLongLineIsRefusedBeforeParsing() throws Exception {
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		Files.writeString(folder.resolve("doc.ann"), "T1\tPER 2 7\tAssad\n#1\tAnnotatorNotes T1\t" + "x".repeat(SourceLines.MAX_LINE_LENGTH));
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.ann"), schema));
		assertEquals(2, refused.getLine());
		assertTrue(refused.getMessage().endsWith("the line is 100021 characters long, more than the 100000 this format allows"), refused.getMessage());
	}

	@Test
	void missingAnnFileIsNamed() throws Exception {
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.txt"), schema));
		assertEquals(folder.resolve("doc.ann") + ": missing: a brat document is a .txt and an .ann file of the same name", refused.getMessage());
	}

	@Test
	void notesAndNormalizationsAreListedAsNotCarried() throws Exception {
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		Files.writeString(folder.resolve("doc.ann"), "T1\tPER 2 7\tAssad\r\n#1\tAnnotatorNotes T1\tSyrian president\r\nN1\tReference T1 Wikidata:Q44\tBashar\r\n");
		ImportedDocument imported = new BratImporter().importDocument(folder.resolve("doc.ann"), schema);
		assertEquals(1, imported.document().getAnnotations().size());
		assertEquals(List.of(new Loss("#1 AnnotatorNotes T1", "annotator note"), new Loss("N1 Reference T1 Wikidata:Q44", "normalization")),
				imported.notCarried());
	}

	static Stream<Arguments> brokenConfFiles() {
		return Stream.of(
				Arguments.of("[entities]\nPER\n[events]\nAttack\tAgent:PERSON", 4, "type PERSON is not defined in this file"),
				Arguments.of("[entities]\nPER\nPER", 3, "type PER is defined twice"),
				Arguments.of("PER\n[entities]", 1, "'PER' comes before the first section"),
				Arguments.of("[entities]\nPER\n[visual]", 3, "unknown section [visual]"),
				Arguments.of("[entities]\nPER\n[relations]\nKnows\tArg1:PER, Arg3:PER", 4, "relation Knows has argument Arg3"));
	}

	@ParameterizedTest
	@MethodSource("brokenConfFiles")
	void brokenConfIsRefusedWithLineAndProblem(String conf, int line, String problem) throws Exception {
		Files.writeString(folder.resolve("annotation.conf"), conf);
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importSchema(folder));
		assertEquals(line, refused.getLine());
		assertTrue(refused.getMessage().startsWith(folder.resolve("annotation.conf") + ", line " + line + ": " + problem), refused.getMessage());
	}
}
