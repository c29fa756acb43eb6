package org.glossator.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.Canonical;
import org.glossator.io.CorpusExport;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.SampleCorpus;
import org.glossator.io.UnicodeTexts;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.glossator.model.validation.AnnotationValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import is the identity on what brat expresses. */
class BratRoundTripTest {

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	@Test
	void sampleDocumentAndSchemaComeBack() throws Exception {
		CorpusStore store = CorpusStore.open(SampleCorpus.copyTo(corpusFolder));
		Document original = store.load(Path.of(SampleCorpus.DOCUMENT));
		LossReport report = CorpusExport.run(store, new BratExporter(), out);

		BratImporter importer = new BratImporter();
		Schema schema = importer.importSchema(out);
		List<String> expectedTypes = new ArrayList<>(Canonical.types(store.corpus().getSchema()));
		// The one cardinality brat cannot write, and the report says so.
		expectedTypes.replaceAll(type -> type.replace("Participant2..-1", "Participant1..-1"));
		assertEquals(expectedTypes, Canonical.types(schema));
		assertEquals(1, report.countsByReason().get("role cardinality other than ?, *, + or one (written as +)"));

		ImportedDocument imported = importer.importDocument(out.resolve(SampleCorpus.DOCUMENT), schema);
		List<String> accepted = original.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(Canonical::annotation).sorted().toList();
		assertEquals(55, accepted.size());
		assertEquals(accepted, Canonical.annotations(imported.document()));
		assertEquals(original.getText(), imported.document().getText());
		// The sample's five pre-annotations (four proposed, one rejected) stay out, and the report says so.
		assertEquals(List.of("T43 (DATE) proposed", "T44 (DATE) proposed", "T45 (DATE) proposed", "T46 (GPE) proposed", "T47 (GPE) rejected"),
				report.of("000_99a4f567e82471d6").stream().map(loss -> loss.subject().substring("Annotation ".length())).toList());
		assertEquals(Set.of(AcceptedAnnotations.NOT_ACCEPTED), report.of("000_99a4f567e82471d6").stream().map(Loss::reason).collect(Collectors.toSet()));
		assertEquals(AnnotationValidator.validate(original).getSeverity(), AnnotationValidator.validate(imported.document()).getSeverity());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.glossator.io.UnicodeTexts#texts")
	void unicodeTextsComeBack(String name, String text, List<List<String>> mentions) throws Exception {
		UnicodeTexts.assertRoundTrip(corpusFolder, out, new BratExporter(), new BratImporter(), "a.ann", text, mentions);
	}
}
