package org.glossator.io.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** Broken and hostile CoNLL files: refused whole, with file, line and problem in the message. */
class ConllHostileInputTest {

	/** A good document first, so that each broken line after it shows that nothing is half-imported. */
	private static final String GOOD_2002 = "Assad B-PER\nmet O\n\n";
	private static final String GOOD_2003 = "-DOCSTART- -X- -X- O\n\nAssad _ O I-PER\n\n-DOCSTART- -X- -X- O\n\n";
	private static final String CUT = "; the file ends inside this line, without a line break (truncated file?)";

	@TempDir
	Path folder;

	private Schema schema;

	@BeforeEach
	void openSchema() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(folder)).corpus().getSchema();
	}

	static Stream<Arguments> brokenFiles() {
		Conll2002Importer conll2002 = new Conll2002Importer();
		Conll2003Importer conll2003 = new Conll2003Importer();
		String iso88591 = "Z\u00FCrich B-LOC\n";
		return Stream.of(
				Arguments.of("2002: one column", conll2002, (GOOD_2002 + "Putin\n").getBytes(StandardCharsets.UTF_8), 4,
						"the line has 1 column, not token and tag (or token, part of speech and tag) as CoNLL-2002 has: \"Putin\""),
				Arguments.of("2002: four columns", conll2002, (GOOD_2002 + "Putin NNP B-NP B-PER\n").getBytes(StandardCharsets.UTF_8), 4,
						"the line has 4 columns, not token and tag (or token, part of speech and tag) as CoNLL-2002 has: \"Putin NNP B-NP B-PER\""),
				Arguments.of("2003: the 2002 layout", conll2003, (GOOD_2003 + "Putin B-PER\n").getBytes(StandardCharsets.UTF_8), 7,
						"the line has 2 columns, not token, part of speech, chunk and tag as CoNLL-2003 has: \"Putin B-PER\""),
				Arguments.of("BIOES tag", conll2002, (GOOD_2002 + "Putin S-PER\n").getBytes(StandardCharsets.UTF_8), 4,
						"the tag \"S-PER\" is none of O, B-type, I-type"),
				Arguments.of("tag without type", conll2002, (GOOD_2002 + "Putin B-\n").getBytes(StandardCharsets.UTF_8), 4,
						"the tag \"B-\" is none of O, B-type, I-type"),
				Arguments.of("lower-case tag", conll2003, (GOOD_2003 + "Putin _ O b-PER\n").getBytes(StandardCharsets.UTF_8), 7,
						"the tag \"b-PER\" is none of O, B-type, I-type"),
				Arguments.of("unknown type", conll2003, (GOOD_2003 + "Putin _ O I-PERSON\n").getBytes(StandardCharsets.UTF_8), 7,
						"the tag I-PERSON has the type PERSON, which the schema does not define"),
				// A last line without a line break is read (real files end so); broken, it is refused as a cut file.
				Arguments.of("truncated file: tag cut", conll2002, (GOOD_2002 + "Putin B-P").getBytes(StandardCharsets.UTF_8), 4,
						"the tag B-P has the type P, which the schema does not define" + CUT),
				Arguments.of("truncated file: tag missing", conll2002, (GOOD_2002 + "Putin").getBytes(StandardCharsets.UTF_8), 4,
						"the line has 1 column, not token and tag (or token, part of speech and tag) as CoNLL-2002 has: \"Putin\"" + CUT),
				Arguments.of("truncated file: columns missing", conll2003, (GOOD_2003 + "Putin NNP").getBytes(StandardCharsets.UTF_8), 7,
						"the line has 2 columns, not token, part of speech, chunk and tag as CoNLL-2003 has: \"Putin NNP\"" + CUT),
				Arguments.of("truncated file: tag type cut", conll2002, (GOOD_2002 + "Putin B-").getBytes(StandardCharsets.UTF_8), 4,
						"the tag \"B-\" is none of O, B-type, I-type" + CUT),
				Arguments.of("truncated inside a character", conll2002, Stream.of(GOOD_2002.getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8))
						.reduce(ConllHostileInputTest::truncatedConcat).orElseThrow(), 0,
						"is not valid UTF-8: byte 0xF0 at byte offset 19 (line 4) does not decode. Save the text as UTF-8."),
				Arguments.of("ISO-8859-1", conll2002, (GOOD_2002 + iso88591).getBytes(StandardCharsets.ISO_8859_1), 0,
						"is not valid UTF-8: byte 0xFC at byte offset 20 (line 4) does not decode. Save the text as UTF-8."),
				Arguments.of("very long line", conll2002, (GOOD_2002 + "x".repeat(200_000) + " O\n").getBytes(StandardCharsets.UTF_8), 4,
						"the line is 200002 characters long, more than the 100000 this format allows"));
	}

	/** {@code a} then all of {@code b} but its last byte. */
	private static byte[] truncatedConcat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length - 1];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length - 1);
		return joined;
	}

	/** Line 0: the UTF-8 decoder's message, which names byte offset and line itself. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void refusedWithFileAndLine(String name, Importer importer, byte[] content, int line, String problem) throws Exception {
		Path file = Files.write(folder.resolve("broken.conll"), content);
		ImportException refused = assertThrows(ImportException.class, () -> importer.importDocuments(file, schema));
		assertEquals(line > 0 ? file + ", line " + line + ": " + problem : "The text " + file + " " + problem, refused.getMessage());
	}

	/** Blank lines only: refused rather than importing nothing without a word. */
	@Test
	void fileWithoutDocumentsIsRefused() throws Exception {
		Path file = Files.writeString(folder.resolve("blank.conll"), "\n \n\n");
		ImportException refused = assertThrows(ImportException.class, () -> new Conll2003Importer().importDocuments(file, schema));
		assertEquals(file + ": the file holds no document: no token and no -DOCSTART- line", refused.getMessage());
	}
}
