package org.glossator.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.ImportException;
import org.glossator.io.Importer;
import org.glossator.io.SampleCorpus;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile JSON lines: the whole file is refused, with file, line and problem in the message. */
class JsonlHostileInputTest {

	/** A good first line, so that each broken second line shows that nothing is half-imported. */
	private static final String GOOD = "{\"name\":\"ok\",\"text\":\"Assad\",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":0,\"end\":5}]}\n";
	private static final String TEXT = "\"text\":\"\uD83D\uDE00 Assad met Putin.\"";

	@TempDir
	Path folder;

	private Schema schema;

	@BeforeEach
	void openSchema() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(folder)).corpus().getSchema();
	}

	static Stream<Arguments> brokenLines() {
		return Stream.of(
				Arguments.of("truncated line", "{\"name\":\"b\"," + TEXT + ",\"spans\":[{\"id\":\"T1\"", "not valid JSON: the line ends inside the object (truncated file?)"),
				Arguments.of("not JSON", "name=b", "not valid JSON: malformed JSON at column 1 path $"),
				Arguments.of("comment", "{" + TEXT + "} // note", "not valid JSON: malformed JSON at column 33 path $"),
				Arguments.of("array instead of object", "[1,2]", "a line must hold one JSON object, not begin array"),
				Arguments.of("two objects on a line", "{" + TEXT + "}{" + TEXT + "}", "not valid JSON: malformed JSON at column 32 path $"),
				Arguments.of("duplicate key", "{" + TEXT + "," + TEXT + "}", "the key \"text\" appears twice at $.text"),
				Arguments.of("nesting bomb", "{" + TEXT + ",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "JSON nested deeper than 16 levels"),
				Arguments.of("no text", "{\"name\":\"b\"}", "the document has no \"text\""),
				Arguments.of("offset outside the text", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":18,\"end\":40}]}",
						"the annotation T1: offset 40 lies outside the text (18 code points)"),
				Arguments.of("UTF-16 offsets taken for code points", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":3,\"end\":8,\"text\":\"Assad\"}]}",
						"the annotation T1 has the text \"Assad\", but its offsets cover \"ssad \" (offsets not in code points?)"),
				Arguments.of("empty span", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":2,\"end\":2}]}",
						"the annotation T1: the span 2-2 is empty or reversed"),
				Arguments.of("offset not whole", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":2.5,\"end\":7}]}",
						"the annotation T1 \"start\" must be a whole number within int range, not 2.5"),
				Arguments.of("offset beyond int", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":2,\"end\":1e40}]}",
						"the annotation T1 \"end\" must be a whole number within int range"),
				Arguments.of("unknown type", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PERSON\",\"start\":2,\"end\":7}]}",
						"the annotation T1 has the label PERSON, which the schema does not define"),
				Arguments.of("event type on a span", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"Meeting\",\"start\":8,\"end\":11}]}",
						"the annotation T1 has the label Meeting, which is no entity type"),
				Arguments.of("duplicate id", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":2,\"end\":7},"
						+ "{\"id\":\"T1\",\"label\":\"PER\",\"start\":12,\"end\":17}]}", "the id T1 is used twice"),
				Arguments.of("dangling filler", "{" + TEXT + ",\"events\":[{\"id\":\"E1\",\"label\":\"Meeting\",\"start\":8,\"end\":11,"
						+ "\"arguments\":[{\"role\":\"Participant\",\"filler\":\"T9\"}]}]}", "the annotation E1 refers to T9, which is no annotation of this document"),
				Arguments.of("fragments beside start and end", "{" + TEXT + ",\"spans\":[{\"id\":\"T1\",\"label\":\"PER\",\"start\":2,\"end\":17,"
						+ "\"fragments\":[[2,7],[12,16]]}]}", "the annotation T1: its fragments do not begin at its start 2 and end at its end 17"),
				Arguments.of("path as document name", "{\"name\":\"../../etc/passwd\"," + TEXT + "}",
						"the document name \"../../etc/passwd\" cannot name a file"),
				Arguments.of("duplicate document name", "{\"name\":\"ok\"," + TEXT + "}", "the document name ok is used twice, first on line 1"),
				Arguments.of("unknown status", "{" + TEXT + ",\"status\":\"finished\"}", "the status \"finished\" is none of new, in-progress, done"),
				Arguments.of("text not a string", "{\"text\":42}", "the document \"text\" must be a string, not 42"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenLines")
	void brokenLineIsRefusedWithFileLineAndProblem(String name, String line, String problem) throws Exception {
		assertRefused(new JsonlImporter(), GOOD + line + "\n", 2, problem);
	}

	@Test
	void entityListEntriesAreCheckedLikeSpans() throws Exception {
		String good = "{\"id\":\"a\"," + TEXT + ",\"label\":[[2,7,\"PER\"]]}\n";
		assertRefused(new DoccanoImporter(), good + "{" + TEXT + ",\"label\":[[2,7]]}", 2,
				"\"label\" entry 1 must be [start, end, \"TYPE\"], not [2,7]");
		assertRefused(new DoccanoImporter(), good + "{" + TEXT + ",\"label\":[[2,7,\"Ally-of\"]]}", 2,
				"\"label\" entry 1 has the label Ally-of, which is no entity type");
		assertRefused(new SpacyImporter(), "{" + TEXT + ",\"entities\":[[2,7,\"PER\"],[12,30,\"PER\"]]}", 1,
				"\"entities\" entry 2: offset 30 lies outside the text (18 code points)");
	}

	@Test
	void fileInAnotherEncodingIsRefused() throws Exception {
		Files.write(folder.resolve("in.jsonl"), "{\"text\":\"Caf\u00E9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class, () -> new JsonlImporter().importDocuments(folder.resolve("in.jsonl"), schema));
		assertTrue(refused.getMessage().contains("is not valid UTF-8: byte 0xE9 at byte offset 12 (line 1)"), refused.getMessage());
	}

	@Test
	void fileWithMoreThanOneDocumentIsNotOneDocument() throws Exception {
		Files.writeString(folder.resolve("in.jsonl"), GOOD + GOOD.replace("\"ok\"", "\"ok2\""));
		assertEquals(2, new JsonlImporter().importDocuments(folder.resolve("in.jsonl"), schema).size());
		ImportException refused = assertThrows(ImportException.class, () -> new JsonlImporter().importDocument(folder.resolve("in.jsonl"), schema));
		assertEquals(folder.resolve("in.jsonl") + ": the file holds 2 documents, not one", refused.getMessage());
	}

	private void assertRefused(Importer importer, String content, int line, String problem) throws Exception {
		Path file = folder.resolve("in.jsonl");
		Files.writeString(file, content);
		ImportException refused = assertThrows(ImportException.class, () -> importer.importDocuments(file, schema));
		assertEquals(line, refused.getLine());
		assertEquals(file, refused.getPath());
		assertTrue(refused.getMessage().startsWith(file + ", line " + line + ": " + problem), refused.getMessage());
	}
}
