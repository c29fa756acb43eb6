package org.glossator.io.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.io.ImportException;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile TSV files: refused whole, with file, line and problem in the message. */
class TsvHostileInputTest {

	private static final String HEADER = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Entity|label\n"
			+ "#T_RL=webanno.custom.Relation|label|BT_webanno.custom.Entity\n\n\n#Text=\uD83D\uDE00 Assad met Putin.\n";
	private static final String ROW0 = "1-1\t0-2\t\uD83D\uDE00\t_\t_\t_\n";
	private static final Schema SCHEMA = TsvSpecificationExamplesTest.schema(List.of("PER"), List.of(), List.of("Ally-of"));

	@TempDir
	Path folder;

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				Arguments.of("no format line", "#T_SP=webanno.custom.Entity|label\n", 1, "the file does not begin with #FORMAT=WebAnno TSV 3.x"),
				Arguments.of("unknown layer kind", "#FORMAT=WebAnno TSV 3.3\n#T_XX=a|b\n", 2, "'#T_XX=a|b' is no layer declaration"),
				Arguments.of("relation layer without base", "#FORMAT=WebAnno TSV 3.3\n#T_RL=a|b\n", 2, "the relation layer a names no base type"),
				Arguments.of("truncated row", HEADER + ROW0 + "1-2\t3-8\tAssad\tPER", 8, "the row has 4 columns, the header declares 6 (truncated file?)"),
				Arguments.of("code point offsets", HEADER + ROW0 + "1-2\t2-7\tAssad\t_\t_\t_", 8,
						"the token 1-2 is 'Assad', but its offsets 2-7 cover ' Assa' (offsets not in UTF-16 code units?)"),
				Arguments.of("offset splitting a surrogate pair", HEADER + "1-1\t0-1\t\uD83D\uDE00\t_\t_\t_", 7, "the token 1-1: offset 1 splits a surrogate pair"),
				Arguments.of("offset beyond the text", HEADER + ROW0 + "1-2\t3-80\tAssad\t_\t_\t_", 8,
						"the token 1-2 ends at 80, beyond its sentence's text (19 UTF-16 code units so far)"),
				Arguments.of("offset not a number", HEADER + "1-1\t0-x\t\uD83D\uDE00\t_\t_\t_", 7, "For input string: \"x\""),
				Arguments.of("bad token id", HEADER + "one\t0-2\t\uD83D\uDE00\t_\t_\t_", 7, "'one' is no token id (sentence-token)"),
				Arguments.of("sentences overlapping", HEADER + ROW0 + "\n#Text=Putin\n2-1\t3-8\tPutin\t_\t_\t_", 10,
						"the sentence begins at 3, inside the previous one, which ends at 19"),
				Arguments.of("unknown type", HEADER + ROW0 + "1-2\t3-8\tAssad\tPERSON\t_\t_", 8,
						"webanno.custom.Entity has the type PERSON, which the schema does not define"),
				Arguments.of("stacking mismatch", HEADER.replace("|label\n", "|label|id\n") + ROW0.replace("\t_\n", "\t_\t_\n") + "1-2\t3-8\tAssad\tPER|PER\tT1\t_\t_", 8,
						"the columns of Entity stack 2 and 1 annotations"),
				Arguments.of("dangling relation end", HEADER + ROW0 + "1-2\t3-8\tAssad\tPER\tAlly-of\t1-3", 8,
						"'1-3' names no annotations of webanno.custom.Entity"),
				Arguments.of("missing disambiguation", HEADER + ROW0 + "1-2\t3-8\tAssad\tPER|PER\t_\t_\n1-3\t9-12\tmet\tPER\tAlly-of\t1-2", 9,
						"'1-2' names 2 annotations of webanno.custom.Entity (a disambiguation id [N] is missing)"),
				Arguments.of("duplicate id", HEADER.replace("|label\n", "|label|id\n") + ROW0.replace("\t_\n", "\t_\t_\n")
						+ "1-2\t3-8\tAssad\tPER\tT1\t_\t_\n1-3\t9-12\tmet\tPER\tT1\t_\t_", 9, "the id T1 is used twice"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void brokenFileIsRefusedWithFileLineAndProblem(String name, String tsv, int line, String problem) throws Exception {
		Path file = folder.resolve("doc.tsv");
		Files.writeString(file, tsv);
		ImportException refused = assertThrows(ImportException.class, () -> new TsvImporter().importDocument(file, SCHEMA));
		assertEquals(line, refused.getLine(), refused.getMessage());
		assertTrue(refused.getMessage().startsWith(file + ", line " + line + ": " + problem), refused.getMessage());
	}

	@Test
	void fileInAnotherEncodingIsRefused() throws Exception {
		Path file = folder.resolve("doc.tsv");
		Files.write(file, (HEADER.replace("\uD83D\uDE00", "Caf\u00E9") + "1-1\t0-4\tCaf\u00E9\t_\t_\t_\n").getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class, () -> new TsvImporter().importDocument(file, SCHEMA));
		assertTrue(refused.getMessage().contains("is not valid UTF-8"), refused.getMessage());
	}
}
