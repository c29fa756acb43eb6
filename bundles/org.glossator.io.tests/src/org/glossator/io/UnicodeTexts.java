package org.glossator.io;

import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.junit.jupiter.params.provider.Arguments;

/** Texts every format must carry exactly: name, text, and the fragments of each mention. */
public final class UnicodeTexts {

	private UnicodeTexts() {
	}

	public static Stream<Arguments> texts() {
		return Stream.of(
				Arguments.of("above U+FFFF", "Smile \uD83D\uDE00 at \uD835\uDD18\uD835\uDD2B\uD835\uDD26 and \uD840\uDF0E, then go.",
						List.of(List.of("\uD83D\uDE00"), List.of("\uD835\uDD18\uD835\uDD2B\uD835\uDD26"), List.of("\uD840\uDF0E", "go"))),
				Arguments.of("CRLF", "Line one\r\nLine two\r\n\r\nLine four\r\n",
						List.of(List.of("one\r\nLine"), List.of("two"), List.of("Line", "four"))),
				Arguments.of("Arabic", "قال الرئيس محمد إن القاهرة سترحب بالوفد.", List.of(List.of("محمد"), List.of("القاهرة"))),
				Arguments.of("Hebrew", "ראש הממשלה ביקר בירושלים ובתל אביב.", List.of(List.of("בירושלים"), List.of("תל אביב"))),
				Arguments.of("tab inside a span", "Names:\tAssad\tPutin.", List.of(List.of("Assad\tPutin"))),
				Arguments.of("combining marks", "Cafe\u0301 in Zu\u0308rich, n\u0303o, \u1EA1\u0302 and \uD83D\uDC4D\uD83C\uDFFD.",
						List.of(List.of("Cafe\u0301"), List.of("Zu\u0308rich"), List.of("\uD83D\uDC4D\uD83C\uDFFD"))));
	}

	/**
	 * Annotates {@code text} with LOC mentions, exports it as {@code a}, imports
	 * {@code importedFile} back and checks that nothing changed or was reported lost.
	 */
	public static void assertRoundTrip(Path corpusFolder, Path out, Exporter exporter, Importer importer, String importedFile,
			String text, List<List<String>> mentions) throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, "a.txt", text));
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of("a.txt"));
		for (int i = 0; i < mentions.size(); i++) {
			mention(schema, document, "T" + (i + 1), "LOC", mentions.get(i).toArray(String[]::new));
		}
		LossReport report = new LossReport();
		exporter.exportDocument(document, schema, out, report);
		exporter.finish(out, report);
		ImportedDocument imported = importer.importDocument(out.resolve(importedFile), schema);
		assertEquals(Canonical.annotations(document), Canonical.annotations(imported.document()));
		assertEquals(text, imported.document().getText());
		assertEquals("Nothing lost.", report.toString());
	}
}
