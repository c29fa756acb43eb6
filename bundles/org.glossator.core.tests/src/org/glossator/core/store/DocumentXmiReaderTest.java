package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.argument;
import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.event;
import static org.glossator.core.store.CorpusFixture.mention;
import static org.glossator.core.store.CorpusFixture.relation;
import static org.glossator.core.store.CorpusFixture.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.glossator.core.internal.store.DocumentXmiReader;
import org.glossator.core.internal.store.IndexedXmiResource;
import org.glossator.core.internal.store.XmiFiles;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's own reader of annotation files must build what EMF's XMI loader builds, and leave every file it does not
 * take to that loader: each test loads the same file with both (a store {@linkplain CorpusStore#withEmfLoaderOnly()
 * without the reader} stands for the store as it was) and checks which of them the store used.
 */
class DocumentXmiReaderTest {

	private static final String TEXT = "Rebels attacked Homs on Monday.\r\nThe army of Syria withdrew from Homs \uD83D\uDE00.\n"
			+ "\tقال الرئيس محمد إن القاهرة سترحب بالوفد.\n";

	private static final Path SAMPLE_CORPUS = Path.of("../org.glossator.sample/corpus");

	@TempDir
	Path folder;

	@Test
	void aRichDocumentLoadsAsWithEmfAndSavesToTheSameBytes() throws Exception {
		Path annotationFile = savedRichDocument();
		byte[] saved = Files.readAllBytes(annotationFile);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		assertEquals(1, store.fastReads(), "the store's own reader took the file");
		Document expected = CorpusStore.open(folder).withEmfLoaderOnly().load(Path.of("a.txt"));
		assertTrue(EcoreUtil.equals(expected, document), "the same objects as EMF's loader builds");
		assertEquals(9, document.getAnnotations().size());

		Event attack = (Event) document.getAnnotations().get(0);
		assertSame(document.getAnnotations().get(1), attack.getArguments().get(0).getFiller(), "a reference further down the file");
		Relation locatedIn = (Relation) document.getAnnotations().get(6);
		assertSame(document.getAnnotations().get(3), locatedIn.getSource());
		assertSame(document.getAnnotations().get(2), locatedIn.getTarget());
		EntityMention army = (EntityMention) document.getAnnotations().get(3);
		assertEquals(List.of("army", "Syria"), army.getSpans().stream().map(span -> TEXT.substring(span.getBegin(), span.getEnd())).toList());
		assertEquals(List.of("CR\r, LF\n, CRLF\r\n, tab\t, \uD83D\uDE00, \"<&>'", "قال الرئيس", "", "  padded  "),
				army.getAttributes().stream().map(AttributeValue::getValue).toList(), "values kept exactly");
		assertNull(document.getAnnotations().get(4).getAttributes().get(0).getValue());
		EntityMention homs = (EntityMention) document.getAnnotations().get(2);
		assertEquals(AnnotationStatus.PROPOSED, homs.getStatus());
		assertEquals("gazetteer", homs.getOrigin());
		assertEquals(0.1 + 0.2, homs.getConfidence());
		assertEquals(AnnotationStatus.REJECTED, document.getAnnotations().get(5).getStatus());
		assertEquals(1.0E-7, document.getAnnotations().get(5).getConfidence());
		for (Annotation annotation : document.getAnnotations()) {
			Object type = annotation.eGet(GlossatorPackage.Literals.ANNOTATION__TYPE, false);
			assertSame(type(store, annotation.getType().getName()), type, "the schema's own type, no proxy left: " + annotation.getId());
		}

		Resource resource = document.eResource();
		assertSame(store.resourceSet(), resource.getResourceSet());
		assertEquals(List.of(document), resource.getContents());
		assertTrue(resource.isLoaded());
		assertFalse(resource.isModified());
		assertTrue(resource.getErrors().isEmpty() && resource.getWarnings().isEmpty());
		XMLResource emfResource = (XMLResource) expected.eResource();
		assertEquals(emfResource.getURI(), resource.getURI());
		assertEquals(emfResource.getEncoding(), ((XMLResource) resource).getEncoding());
		assertEquals(emfResource.getXMLVersion(), ((XMLResource) resource).getXMLVersion());
		for (Annotation annotation : document.getAnnotations()) {
			assertSame(annotation, resource.getEObject(annotation.getId()));
		}
		assertNull(resource.getEObject("T99"));

		store.save(document);
		assertArrayEquals(saved, Files.readAllBytes(annotationFile), "saved again to the same bytes");
	}

	@Test
	void theSampleDocumentLoadsAsWithEmfAndSavesToTheSameBytes() throws Exception {
		assertTrue(Files.isDirectory(SAMPLE_CORPUS), SAMPLE_CORPUS.toAbsolutePath() + " (bundle org.glossator.sample) is missing");
		try (Stream<Path> files = Files.list(SAMPLE_CORPUS)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		CorpusStore store = CorpusStore.open(folder);
		Path text = store.textFiles().get(0);
		Path annotationFile = CorpusLayout.annotationFileOf(text);
		byte[] sample = Files.readAllBytes(annotationFile);
		Document document = store.load(text);
		assertEquals(1, store.fastReads());
		CorpusStore emfStore = CorpusStore.open(folder).withEmfLoaderOnly();
		Document expected = emfStore.load(text);
		assertTrue(EcoreUtil.equals(expected, document));
		assertEquals(expected.getAnnotations().size(), document.getAnnotations().size());
		assertTrue(document.getAnnotations().stream().anyMatch(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED));
		assertTrue(document.getAnnotations().stream().anyMatch(Event.class::isInstance));
		assertTrue(document.getAnnotations().stream().anyMatch(Relation.class::isInstance));
		assertEquals(messages(emfStore.lastValidation(expected)), messages(store.lastValidation(document)));
		store.save(document);
		assertArrayEquals(sample, Files.readAllBytes(annotationFile));
	}

	/** Files changed by hand or by another tool: what the reader cannot take goes to EMF's loader, with the same outcome. */
	static Stream<Arguments> changedFiles() {
		return Stream.of(
				// Still the store's form: the reader takes them.
				Arguments.of("another prefix for the model", true, List.of("glossator:", "g:", "xmlns:glossator=", "xmlns:g=")),
				Arguments.of("a literal line break in a value, which XML reads as a space", true, List.of("CR&#xD;", "CR\n")),
				Arguments.of("literal CRLF and tab in a value", true, List.of("CR&#xD;", "CR\r\n", "tab&#x9;", "tab\t")),
				Arguments.of("CRLF line ends", true, List.of("\n", "\r\n")),
				Arguments.of("a plus sign before a number", true, List.of("end=\"6\"", "end=\"+6\"")),
				Arguments.of("a type missing from the schema", true, List.of("schema.xmi#LOC", "schema.xmi#CITY")),
				Arguments.of("a type in another folder", true, List.of("schema.xmi#LOC", "elsewhere/schema.xmi#LOC")),
				Arguments.of("a type of another kind", true, List.of("glossator:EntityType\" href=\"schema.xmi#LOC",
						"glossator:EventType\" href=\"schema.xmi#Attack")),
				// Not the store's form: EMF's loader takes them.
				Arguments.of("an xmi:id", false, List.of(" id=\"T1\"", " xmi:id=\"x1\" id=\"T1\"")),
				Arguments.of("a comment", false, List.of("<annotations xsi:type=\"glossator:EntityMention\" id=\"T1\"",
						"<!-- checked -->\n<annotations xsi:type=\"glossator:EntityMention\" id=\"T1\"")),
				Arguments.of("a DOCTYPE with an entity", false, List.of("<glossator:Document ",
						"<!DOCTYPE doc [<!ENTITY x \"TOP-SECRET\">]>\n<glossator:Document ")),
				Arguments.of("an external DTD", false, List.of("<glossator:Document ", "<!DOCTYPE doc SYSTEM \"secret\">\n<glossator:Document ")),
				Arguments.of("malformed XML", false, List.of("<spans end=\"6\"/>", "<spans end=\"6\">")),
				Arguments.of("an undeclared entity", false, List.of("language=\"ar\"", "language=\"&ar;\"")),
				Arguments.of("a dangling reference", false, List.of("filler=\"T1\"", "filler=\"T99\"")),
				Arguments.of("several IDs in one reference", false, List.of("source=\"T3\"", "source=\"T3 T1\"")),
				Arguments.of("an href for a reference", false, List.of("filler=\"T1\"", "filler=\"#T1\"")),
				Arguments.of("a reference as an element", false, List.of("<arguments role=\"Attacker\" filler=\"T1\"/>",
						"<arguments role=\"Attacker\"><filler href=\"#T1\"/></arguments>")),
				Arguments.of("an unknown attribute", false, List.of("language=\"ar\"", "language=\"ar\" text=\"other\"")),
				Arguments.of("an unknown element", false, List.of("<spans end=\"6\"/>", "<spans end=\"6\"/><notes/>")),
				Arguments.of("text in an element", false, List.of("<spans end=\"6\"/>", "<spans end=\"6\"/>words")),
				Arguments.of("a bad number", false, List.of("end=\"6\"", "end=\"six\"")),
				Arguments.of("a bad confidence", false, List.of("confidence=\"1.0E-7\"", "confidence=\"high\"")),
				Arguments.of("an unknown status", false, List.of("status=\"rejected\"", "status=\"maybe\"")),
				Arguments.of("a duplicate ID", false, List.of("id=\"T3\"", "id=\"T1\"")),
				Arguments.of("arguments of a mention", false, List.of("<spans end=\"6\"/>",
						"<spans end=\"6\"/><arguments role=\"Attacker\" filler=\"T1\"/>")),
				Arguments.of("two types", false, List.of("<spans end=\"6\"/>",
						"<spans end=\"6\"/><type xsi:type=\"glossator:EntityType\" href=\"schema.xmi#LOC\"/>")),
				Arguments.of("another root", false, List.of("glossator:Document", "glossator:Schema")),
				Arguments.of("another prefix for XMI", false, List.of("xmi:version", "x:version", "xmlns:xmi=", "xmlns:x=")),
				// EMF's loader knows xsi:type by that name: under another prefix it finds no class for the annotations.
				Arguments.of("another prefix for XSI", false, List.of("xsi:type", "x:type", "xmlns:xsi=", "xmlns:x=")),
				Arguments.of("another XMI version", false, List.of("xmi:version=\"2.0\"", "xmi:version=\"2.1\"")),
				Arguments.of("another encoding declared", false, List.of("encoding=\"UTF-8\"", "encoding=\"utf-8\"")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changedFiles")
	void aChangedFileLoadsAsWithEmf(String change, boolean fast, List<String> targetsAndReplacements) throws Exception {
		Path annotationFile = savedRichDocument();
		Files.createDirectories(folder.resolve("elsewhere"));
		CorpusFixture.writeSchema(folder.resolve("elsewhere"));
		String content = Files.readString(annotationFile);
		for (int i = 0; i < targetsAndReplacements.size(); i += 2) {
			assertTrue(content.contains(targetsAndReplacements.get(i)), content);
			content = content.replace(targetsAndReplacements.get(i), targetsAndReplacements.get(i + 1));
		}
		Files.writeString(annotationFile, content);

		Outcome expected = Outcome.of(CorpusStore.open(folder).withEmfLoaderOnly());
		CorpusStore store = CorpusStore.open(folder);
		Outcome actual = Outcome.of(store);
		assertEquals(fast ? 1 : 0, store.fastReads(), fast ? "the reader takes it" : "left to EMF's loader");
		assertEquals(expected.failure(), actual.failure());
		assertEquals(expected.findings(), actual.findings());
		if (expected.document() != null) {
			assertTrue(EcoreUtil.equals(expected.document(), actual.document()));
		} else {
			assertEquals(1, store.resourceSet().getResources().size(), "a failed load leaves only the schema");
			assertFalse(actual.failure().contains("TOP-SECRET"), actual.failure());
		}
	}

	/** Woodstox's own decoder takes overlong UTF-8 ("/" as 0xC0 0xAF and longer forms), which EMF's parser refuses. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "C0AF", "E080AF", "F08080AF" })
	void anOverlongUtf8SequenceIsLeftToEmfWhichRefusesIt(String overlong) throws Exception {
		Path annotationFile = savedRichDocument();
		// ISO-8859-1 maps every byte to one char and back, so that the rest of the file keeps its bytes.
		String content = new String(Files.readAllBytes(annotationFile), StandardCharsets.ISO_8859_1);
		assertTrue(content.contains("language=\"ar\""), content);
		String broken = new String(HexFormat.of().parseHex(overlong), StandardCharsets.ISO_8859_1);
		Files.write(annotationFile, content.replace("language=\"ar\"", "language=\"a" + broken + "r\"").getBytes(StandardCharsets.ISO_8859_1));

		CorpusStore store = CorpusStore.open(folder);
		Outcome outcome = Outcome.of(store);
		assertEquals(0, store.fastReads(), "left to EMF's loader");
		assertNotNull(outcome.failure(), "EMF's parser refuses the sequence");
		assertEquals(Outcome.of(CorpusStore.open(folder).withEmfLoaderOnly()).failure(), outcome.failure());
	}

	@Test
	void aDanglingReferenceStillFailsTheLoadWithEmfsMessage() throws Exception {
		Path annotationFile = savedRichDocument();
		Files.writeString(annotationFile, Files.readString(annotationFile).replace("filler=\"T1\"", "filler=\"T99\""));
		Outcome outcome = Outcome.of(CorpusStore.open(folder));
		assertNotNull(outcome.failure(), "EMF's loader refuses an unresolved IDREF, deferred or not");
		assertTrue(outcome.failure().startsWith("Cannot read " + annotationFile + ": line "), outcome.failure());
		assertTrue(outcome.failure().contains("Unresolved reference 'T99'"), outcome.failure());
	}

	@Test
	void aTypeMissingFromTheSchemaIsTheProxyEmfLeaves() throws Exception {
		Path annotationFile = savedRichDocument();
		Files.writeString(annotationFile, Files.readString(annotationFile).replace("schema.xmi#LOC", "schema.xmi#CITY"));
		CorpusStore store = CorpusStore.open(folder);
		Outcome outcome = Outcome.of(store);
		assertEquals(1, store.fastReads());
		assertTrue(outcome.failure().contains("Annotation T2 (CITY): type CITY is not defined in the schema [unknown-type]"),
				outcome.failure());
	}

	@Test
	void aDocumentWithoutAnnotationsLoadsAsWithEmf() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		store.save(store.load(Path.of("a.txt")));
		CorpusStore reopened = CorpusStore.open(folder);
		Document document = reopened.load(Path.of("a.txt"));
		assertEquals(1, reopened.fastReads());
		assertTrue(EcoreUtil.equals(CorpusStore.open(folder).withEmfLoaderOnly().load(Path.of("a.txt")), document));
		assertEquals(DocumentStatus.NEW, document.getStatus());
		assertNull(document.getLanguage());
	}

	@Test
	void theReaderGivesUpOnADoctypeWithoutReadingAnEntity() throws Exception {
		Path annotationFile = savedRichDocument();
		Path secret = Files.writeString(folder.resolve("secret"), "TOP-SECRET");
		Files.writeString(annotationFile, Files.readString(annotationFile)
				.replace("<glossator:Document ", "<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<glossator:Document ")
				.replace("language=\"ar\"", "language=\"&xxe;\""));
		CorpusStore store = CorpusStore.open(folder);
		IndexedXmiResource resource = XmiFiles.createResource(annotationFile);
		store.resourceSet().getResources().add(resource);
		assertFalse(DocumentXmiReader.read(resource, annotationFile));
		assertTrue(resource.getContents().isEmpty(), "nothing read, the entity least of all");
	}

	/**
	 * The reader knows the model's features by name: one the model gains would make it give up on every file that uses
	 * it, silently slow. This fails first, so that the reader learns the new feature.
	 */
	@Test
	void theReaderKnowsEveryFeatureTheStoreWrites() {
		Map<String, List<String>> read = Map.of(
				"Document", List.of("textPath", "textHash", "language", "status", "annotations"),
				"EntityMention", List.of("id", "type", "spans", "attributes", "status", "origin", "confidence"),
				"Event", List.of("id", "type", "spans", "attributes", "status", "origin", "confidence", "arguments"),
				"Relation", List.of("id", "type", "spans", "attributes", "status", "origin", "confidence", "source", "target"),
				"Span", List.of("begin", "end"),
				"AttributeValue", List.of("name", "value"),
				"Argument", List.of("role", "filler"));
		for (Map.Entry<String, List<String>> known : read.entrySet()) {
			EClass eClass = (EClass) GlossatorPackage.eINSTANCE.getEClassifier(known.getKey());
			List<String> saved = eClass.getEAllStructuralFeatures().stream()
					.filter(feature -> !feature.isTransient() && !feature.isDerived())
					.map(EStructuralFeature::getName)
					.toList();
			assertEquals(known.getValue(), saved, eClass.getName() + ": teach DocumentXmiReader the model's new features");
		}
	}

	/** What loading a.txt came to: the store's message, or the document and the validator's findings. */
	private record Outcome(String failure, Document document, List<String> findings) {

		static Outcome of(CorpusStore store) {
			try {
				Document document = store.load(Path.of("a.txt"));
				return new Outcome(null, document, messages(store.lastValidation(document)));
			} catch (CorpusException e) {
				return new Outcome(e.getMessage(), null, null);
			}
		}
	}

	private static List<String> messages(Diagnostic validation) {
		return validation.getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	/**
	 * Every construct of the format: both document attributes, the three kinds of annotation, discontinuous spans,
	 * proposals with origin and confidence, a rejected one, attribute values with line breaks, tabs, characters above
	 * U+FFFF, markup characters and Arabic, an empty and a missing value, and an argument that names an annotation
	 * further down the file.
	 */
	private Path savedRichDocument() throws IOException, CorpusException {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		document.setLanguage("ar");
		document.setStatus(DocumentStatus.DONE);
		Event attack = event(store, document, "E1", "Attack", "attacked");
		EntityMention rebels = mention(store, document, "T1", "ORG", "Rebels");
		argument(attack, "Attacker", rebels);
		EntityMention homs = mention(store, document, "T2", "LOC", "Homs");
		homs.setStatus(AnnotationStatus.PROPOSED);
		homs.setOrigin("gazetteer");
		homs.setConfidence(0.1 + 0.2);
		argument(attack, "Place", homs);
		EntityMention army = mention(store, document, "T3", "ORG", "army", "Syria");
		for (String value : List.of("CR\r, LF\n, CRLF\r\n, tab\t, \uD83D\uDE00, \"<&>'", "قال الرئيس", "", "  padded  ")) {
			army.getAttributes().add(attribute("note", value));
		}
		EntityMention muhammad = mention(store, document, "T4", "PER", "محمد");
		muhammad.getAttributes().add(attribute("negated", null));
		EntityMention cairo = mention(store, document, "T5", "LOC", "القاهرة");
		cairo.setStatus(AnnotationStatus.REJECTED);
		cairo.setOrigin("");
		cairo.setConfidence(1.0E-7);
		relation(store, document, "R1", "Located_in", army, homs);
		relation(store, document, "R2", "Related", muhammad, cairo);
		event(store, document, "E2", "Attack", "withdrew");
		store.save(document);
		return folder.resolve("a.glossator");
	}

	private static AttributeValue attribute(String name, String value) {
		AttributeValue attribute = GlossatorFactory.eINSTANCE.createAttributeValue();
		attribute.setName(name);
		attribute.setValue(value);
		return attribute;
	}
}
