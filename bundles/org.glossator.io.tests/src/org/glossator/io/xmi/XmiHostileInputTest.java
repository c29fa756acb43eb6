package org.glossator.io.xmi;

import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.ImportException;
import org.glossator.io.LossReport;
import org.glossator.io.SampleCorpus;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile XMI: refused whole, with file, line where the parser knows it, and problem. */
class XmiHostileInputTest {

	private static final String TEXT = "\uD83D\uDE00 Assad met Putin in Damascus.";

	@TempDir
	Path corpusFolder;
	@TempDir
	Path folder;

	private Schema schema;
	private String xmi;

	@BeforeEach
	void exportValidXmi() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "doc.txt", TEXT));
		schema = store.corpus().getSchema();
		Document document = store.load(Path.of("doc.txt"));
		mention(schema, document, "T1", "PER", "Assad");
		mention(schema, document, "T2", "PER", "Putin");
		new XmiExporter().exportDocument(document, schema, folder, new LossReport());
		xmi = Files.readString(folder.resolve("doc.xmi"));
	}

	static Stream<Arguments> brokenXmi() {
		String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xmi:XMI [\n";
		return Stream.of(
				Arguments.of("external entity", (UnaryOperator<String>) xmi -> doctype + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
						+ body(xmi).replace("Damascus", "&xxe;"), 2, "DOCTYPE is disallowed"),
				Arguments.of("entity expansion", (UnaryOperator<String>) xmi -> doctype + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
						+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n" + body(xmi).replace("Damascus", "&d;"), 2,
						"DOCTYPE is disallowed"),
				Arguments.of("truncated", (UnaryOperator<String>) xmi -> xmi.substring(0, xmi.indexOf("<schema:PER")), 0,
						"XML document structures must start and end within the same entity"),
				Arguments.of("invalid XML", (UnaryOperator<String>) xmi -> once(xmi, "<schema:PER ", "<schema:PER < "), 4,
						"Element type \"schema:PER\" must be followed by either attribute specifications"),
				Arguments.of("unknown type", (UnaryOperator<String>) xmi -> xmi.replace("schema:PER", "schema:PERSON"), 0, "PERSON"),
				Arguments.of("offset outside the text", (UnaryOperator<String>) xmi -> once(xmi, "begin=\"3\" end=\"8\"", "begin=\"3\" end=\"99\""), 0,
						"T1: offset 99 lies outside the text (31 UTF-16 code units)"),
				Arguments.of("offset splitting a surrogate pair", (UnaryOperator<String>) xmi -> once(xmi, "begin=\"3\" end=\"8\"", "begin=\"1\" end=\"8\""),
						0, "T1: offset 1 splits a surrogate pair"),
				Arguments.of("duplicate id", (UnaryOperator<String>) xmi -> once(xmi, "annotationId=\"T2\"", "annotationId=\"T1\""), 0,
						"the annotationId T1 is used twice"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenXmi")
	void brokenXmiIsRefusedWithFileAndProblem(String name, UnaryOperator<String> breakIt, int line, String problem) throws Exception {
		Files.writeString(folder.resolve("doc.xmi"), breakIt.apply(xmi));
		ImportException refused = assertThrows(ImportException.class, () -> new XmiImporter().importDocument(folder.resolve("doc.xmi"), schema));
		assertEquals(folder.resolve("doc.xmi"), refused.getPath());
		assertTrue(refused.getMessage().startsWith(folder.resolve("doc.xmi").toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains(problem), refused.getMessage());
		if (line > 0) {
			assertEquals(line, refused.getLine(), refused.getMessage());
		}
	}

	@Test
	void wrongEncodingIsRefusedWithItsLine() throws Exception {
		Files.write(folder.resolve("doc.xmi"), xmi.replace("Damascus", "Damasc\u00E9s").getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class, () -> new XmiImporter().importDocument(folder.resolve("doc.xmi"), schema));
		assertTrue(refused.getLine() > 0, refused.getMessage());
		assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
	}

	@Test
	void validXmiImports() throws Exception {
		assertEquals(2, new XmiImporter().importDocument(folder.resolve("doc.xmi"), schema).document().getAnnotations().size());
	}

	private static String body(String xmi) {
		return xmi.substring(xmi.indexOf("?>") + 2).strip();
	}

	private static String once(String text, String target, String replacement) {
		if (!text.contains(target)) {
			throw new IllegalStateException("'" + target + "' is not in the XMI:\n" + text);
		}
		return text.replace(target, replacement);
	}
}
