package org.glossator.io.conll;

import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusExport;
import org.glossator.io.Exporter;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.LossReport;
import org.glossator.io.SampleCorpus;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export then import gives the same tokens and every written mention with its type over the same tokens. CoNLL
 * keeps no whitespace, so mentions are compared by token index: the n-th token of the file is found in the
 * original text and in the rebuilt one.
 */
class ConllRoundTripTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	static List<Arguments> formats() {
		return List.of(Arguments.of("CoNLL-2002", new Conll2002Exporter(), new Conll2002Importer()),
				Arguments.of("CoNLL-2003", new Conll2003Exporter(), new Conll2003Importer()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formats")
	void sampleDocumentComesBack(String name, Exporter exporter, Importer importer) throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		LossReport report = CorpusExport.run(store, exporter, out);
		Path file = out.resolve(ExportFiles.baseName(original) + ".conll");
		ImportedDocument imported = importer.importDocument(file, store.corpus().getSchema());

		List<String> written = writtenMentions(original, report);
		assertEquals(42, written.size(), "the sample's accepted mentions that CoNLL can hold");
		assertRoundTrip(file, original, imported.document(), written);
		assertEquals(List.of(), imported.notCarried());
		assertEquals("000_99a4f567e82471d6.txt", imported.document().getTextPath());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.glossator.io.UnicodeTexts#texts")
	void unicodeTextsComeBack(String name, String text, List<List<String>> mentions) throws Exception {
		for (Arguments format : formats()) {
			Exporter exporter = (Exporter) format.get()[1];
			Importer importer = (Importer) format.get()[2];
			Path folder = Files.createTempDirectory(corpusFolder, "corpus");
			Path exported = Files.createTempDirectory(out, "out");
			CorpusStore store = CorpusStore.open(SampleCorpus.schemaWithTexts(folder, "a.txt", text));
			Schema schema = store.corpus().getSchema();
			Document document = store.load(Path.of("a.txt"));
			for (int i = 0; i < mentions.size(); i++) {
				mention(schema, document, "T" + (i + 1), "LOC", mentions.get(i).toArray(String[]::new));
			}
			LossReport report = new LossReport();
			exporter.exportDocument(document, schema, exported, report);
			exporter.finish(exported, report);
			Path file = exported.resolve("a.conll");
			ImportedDocument imported = importer.importDocument(file, schema);
			List<String> written = writtenMentions(document, report);
			assertFalse(written.isEmpty());
			assertRoundTrip(file, document, imported.document(), written);
		}
	}

	/** The labels of the mentions the report does not list as lost. */
	private static List<String> writtenMentions(Document document, LossReport report) {
		Set<String> lost = report.of(ExportFiles.baseName(document)).stream().map(LossReport.Loss::subject).collect(Collectors.toSet());
		return document.getAnnotations().stream()
				.filter(annotation -> annotation instanceof EntityMention && annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(AnnotationValidator::label).filter(label -> !lost.contains(label)).toList();
	}

	private static void assertRoundTrip(Path file, Document original, Document imported, List<String> written) throws Exception {
		List<String> tokens = Files.readAllLines(file).stream().filter(line -> !line.isEmpty() && !line.startsWith(ConllImporter.DOCSTART))
				.map(line -> line.split(" ")[0]).toList();
		assertEquals(String.join(" ", tokens), imported.getText().replace('\n', ' ').strip(), "tokens joined by spaces, sentences by line breaks");
		int[][] originalTokens = locate(tokens, original.getText());
		int[][] importedTokens = locate(tokens, imported.getText());
		List<String> expected = original.getAnnotations().stream().filter(annotation -> written.contains(AnnotationValidator.label(annotation)))
				.map(annotation -> byTokens((EntityMention) annotation, originalTokens)).sorted().toList();
		List<String> actual = imported.getAnnotations().stream().map(annotation -> byTokens((EntityMention) annotation, importedTokens)).sorted().toList();
		assertEquals(expected, actual);
	}

	/** Begin and end of each token, found in order in the text. */
	private static int[][] locate(List<String> tokens, String text) {
		int[][] offsets = new int[tokens.size()][];
		int from = 0;
		for (int i = 0; i < tokens.size(); i++) {
			int begin = text.indexOf(tokens.get(i), from);
			assertFalse(begin < 0, tokens.get(i) + " is not in the text after " + from);
			from = begin + tokens.get(i).length();
			offsets[i] = new int[] { begin, from };
		}
		return offsets;
	}

	/** "TYPE first-last" in token indices; the mention must begin and end on token boundaries. */
	private static String byTokens(EntityMention mention, int[][] tokens) {
		Span span = mention.getSpans().get(0);
		int first = -1;
		int last = -1;
		for (int i = 0; i < tokens.length; i++) {
			if (tokens[i][0] == span.getBegin()) {
				first = i;
			}
			if (tokens[i][1] == span.getEnd()) {
				last = i;
			}
		}
		return mention.getType().getName() + " " + first + "-" + last;
	}
}
