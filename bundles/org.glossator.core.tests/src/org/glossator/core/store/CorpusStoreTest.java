package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.argument;
import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.event;
import static org.glossator.core.store.CorpusFixture.mention;
import static org.glossator.core.store.CorpusFixture.relation;
import static org.glossator.core.store.CorpusFixture.writeText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.core.internal.store.SourceText;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.validation.AnnotationValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {

	private static final String TEXT = "Rebels attacked Homs on Monday.\nThe army of Syria withdrew from Homs.\n";

	@TempDir
	Path folder;

	@Test
	void opensTheSchemaAndListsTheTextsSortedByFileName() throws Exception {
		corpus(folder, "b.txt", "B", "a.txt", "A", "c.txt", "C");
		Files.writeString(folder.resolve("notes.md"), "not a text");
		CorpusStore store = CorpusStore.open(folder);
		assertEquals(List.of("a.txt", "b.txt", "c.txt"), store.textFiles().stream().map(path -> path.getFileName().toString()).toList());
		assertEquals("news", store.corpus().getSchema().getName());
		assertEquals(List.of("PER", "ORG", "LOC"), store.corpus().getSchema().getEntityTypes().stream().map(EntityType::getName).toList());
		assertEquals(folder.getFileName().toString(), store.corpus().getName());
		assertTrue(store.corpus().getDocuments().isEmpty(), "documents load lazily");
	}

	@Test
	void aTextWithoutAnnotationFileIsANewEmptyDocument() throws Exception {
		corpus(folder, "a.txt", TEXT);
		Document document = CorpusStore.open(folder).load(Path.of("a.txt"));
		assertEquals(DocumentStatus.NEW, document.getStatus());
		assertTrue(document.getAnnotations().isEmpty());
		assertEquals(TEXT, document.getText());
		assertEquals("a.txt", document.getTextPath());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TEXT.getBytes(StandardCharsets.UTF_8))),
				document.getTextHash());
		assertFalse(Files.exists(folder.resolve("a.glossator")), "loading writes nothing");
	}

	@Test
	void documentsJoinTheCorpusInFileNameOrderAndLoadOnce() throws Exception {
		corpus(folder, "a.txt", "A", "b.txt", "B", "c.txt", "C");
		CorpusStore store = CorpusStore.open(folder);
		Document c = store.load(Path.of("c.txt"));
		Document a = store.load(folder.resolve("a.txt"));
		assertEquals(List.of(a, c), store.corpus().getDocuments());
		assertSame(a, store.load(Path.of("a.txt")));
		store.unload(a);
		assertEquals(List.of(c), store.corpus().getDocuments());
		assertEquals(2, store.resourceSet().getResources().size(), "schema and c");
		assertNotSame(a, store.load(Path.of("a.txt")));
	}

	@Test
	void aFileOutsideTheCorpusIsRefused() throws Exception {
		corpus(folder, "a.txt", "A");
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder).load(Path.of("missing.txt")));
		assertTrue(refused.getMessage().contains("missing.txt is not a text of the corpus"), refused.getMessage());
	}

	@Test
	void savedDocumentsReloadWithTheSameContentAndSaveToTheSameBytes() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		document.setLanguage("en");
		document.setStatus(DocumentStatus.IN_PROGRESS);
		EntityMention rebels = mention(store, document, "T1", "ORG", "Rebels");
		EntityMention homs = mention(store, document, "T2", "LOC", "Homs");
		EntityMention army = mention(store, document, "T3", "ORG", "army", "Syria");
		homs.setStatus(AnnotationStatus.PROPOSED);
		homs.setOrigin("gazetteer");
		homs.setConfidence(0.75);
		Event attack = event(store, document, "E1", "Attack", "attacked");
		argument(attack, "Attacker", rebels);
		argument(attack, "Place", homs);
		relation(store, document, "R1", "Located_in", army, homs);
		AttributeValue note = GlossatorFactory.eINSTANCE.createAttributeValue();
		note.setName("note");
		note.setValue("quotes \"<&>\"\nand a line break\r\n");
		army.getAttributes().add(note);
		store.save(document);
		Path annotationFile = folder.resolve("a.glossator");
		byte[] firstSave = Files.readAllBytes(annotationFile);

		CorpusStore reopened = CorpusStore.open(folder);
		Document reloaded = reopened.load(Path.of("a.txt"));
		assertTrue(EcoreUtil.equals(document, reloaded), "same content after reload");
		assertEquals(TEXT, reloaded.getText());
		assertEquals(List.of(reloaded), reopened.corpus().getDocuments());
		Event reloadedAttack = (Event) reloaded.getAnnotations().get(3);
		assertSame(reloaded.getAnnotations().get(0), reloadedAttack.getArguments().get(0).getFiller());
		assertSame(reopened.corpus().getSchema().getEntityTypes().get(2), reloaded.getAnnotations().get(1).getType(),
				"types resolve into the corpus schema");
		reopened.save(reloaded);
		assertArrayEquals(firstSave, Files.readAllBytes(annotationFile), "a second save writes the same bytes");
	}

	@Test
	void theAnnotationFileIsStandoffXmiWithLineFeeds() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "LOC", "Homs");
		store.save(document);
		String xmi = Files.readString(folder.resolve("a.glossator"));
		assertTrue(xmi.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xmi);
		assertTrue(xmi.contains("textPath=\"a.txt\""), xmi);
		assertTrue(xmi.contains("textHash=\"" + document.getTextHash() + "\""), xmi);
		assertTrue(xmi.contains("schema.xmi#LOC"), xmi);
		assertFalse(xmi.contains("\r"), xmi);
		assertFalse(xmi.contains("Rebels"), "the text stays in its own file");
		assertEquals(TEXT, Files.readString(folder.resolve("a.txt")), "the text is never written");
	}

	@Test
	void theSchemaSavesAndReloads() throws Exception {
		corpus(folder);
		CorpusStore store = CorpusStore.open(folder);
		EntityType weapon = GlossatorFactory.eINSTANCE.createEntityType();
		weapon.setName("WEAPON");
		weapon.setColor("#aa0000");
		store.corpus().getSchema().getEntityTypes().add(weapon);
		store.saveSchema();
		byte[] firstSave = Files.readAllBytes(folder.resolve("schema.xmi"));
		CorpusStore reopened = CorpusStore.open(folder);
		assertTrue(EcoreUtil.equals(store.corpus().getSchema(), reopened.corpus().getSchema()));
		reopened.saveSchema();
		assertArrayEquals(firstSave, Files.readAllBytes(folder.resolve("schema.xmi")));
	}

	@Test
	void aChangedTextIsNotReanchored() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "LOC", "Homs");
		store.save(document);
		writeText(folder, "a.txt", "Breaking: " + TEXT);
		byte[] annotations = Files.readAllBytes(folder.resolve("a.glossator"));

		CorpusStore reopened = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> reopened.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains(folder.resolve("a.glossator").toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains(folder.resolve("a.txt").toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("Nothing was re-anchored"), refused.getMessage());
		assertEquals(folder.resolve("a.glossator"), refused.getPath());
		assertNothingLoaded(reopened);
		assertArrayEquals(annotations, Files.readAllBytes(folder.resolve("a.glossator")));
	}

	@Test
	void aTextThatIsNotUtf8IsRefusedWithByteOffsetAndLine() throws Exception {
		corpus(folder);
		// "Köln" in ISO-8859-1 on the second line: 0xF6 is not UTF-8.
		Files.write(folder.resolve("a.txt"), "Hello\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertEquals("The text " + folder.resolve("a.txt") + " is not valid UTF-8: byte 0xF6 at byte offset 7 (line 2) does not decode."
				+ " Save the text as UTF-8.", refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void aTextThatIsNotUtf8IsTheFailureReportedEvenBesideABrokenAnnotationFile() throws Exception {
		corpus(folder);
		Files.write(folder.resolve("a.txt"), "Hello\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
		// The annotations are parsed while the text is read on another thread: both fail, the text's failure comes first.
		Files.writeString(folder.resolve("a.glossator"), "<?xml version=\"1.0\"?><glossator:Document");
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().startsWith("The text " + folder.resolve("a.txt") + " is not valid UTF-8: byte 0xF6"), refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void aTextReadsWithoutItsAnnotationsAndWithTheSameChecks() throws Exception {
		corpus(folder, "a.txt", TEXT, "b.txt", "x");
		Files.write(folder.resolve("b.txt"), "Hello\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
		CorpusStore store = CorpusStore.open(folder);
		assertEquals(TEXT, store.readText(Path.of("a.txt")).text());
		assertNothingLoaded(store);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.readText(Path.of("b.txt")));
		assertTrue(refused.getMessage().startsWith("The text " + folder.resolve("b.txt") + " is not valid UTF-8: byte 0xF6"), refused.getMessage());
		refused = assertThrows(CorpusException.class, () -> store.readText(Path.of("missing.txt")));
		assertTrue(refused.getMessage().contains("missing.txt is not a text of the corpus"), refused.getMessage());
	}

	@Test
	void aTextReadBeforeIsTakenWhileTheFileHasItsBytesAndReadAgainOnceChanged() throws Exception {
		String text = TEXT + "\u0642\u0627\u0644 \ud835\udc00 K\u00f6ln\r\n";
		corpus(folder, "a.txt", text, "b.txt", text, "c.txt", TEXT);
		CorpusStore writer = CorpusStore.open(folder);
		Document written = writer.load(Path.of("a.txt"));
		mention(writer, written, "T1", "LOC", "Homs");
		writer.save(written);

		CorpusStore store = CorpusStore.open(folder);
		CorpusStore.TextVersion shown = store.readText(Path.of("a.txt"));
		Document a = store.load(Path.of("a.txt"), shown);
		assertSame(shown.text(), a.getText(), "the text read before, not decoded again");
		assertEquals(SourceText.sha256(Files.readAllBytes(folder.resolve("a.txt"))), a.getTextHash(), "the hash of the bytes, as ever");
		assertEquals(1, a.getAnnotations().size(), "the annotations made for that text");

		Document b = store.load(Path.of("b.txt"), shown);
		assertEquals(text, b.getText());
		assertNotSame(shown.text(), b.getText(), "the same bytes in another file: that file's text");

		CorpusStore.TextVersion before = store.readText(Path.of("c.txt"));
		String changed = TEXT.replace("Homs", "Hama");
		Files.writeString(folder.resolve("c.txt"), changed);
		assertEquals(changed, store.load(Path.of("c.txt"), before).getText(), "the text as the file has it now");
	}

	@Test
	void aTruncatedSequenceAtTheEndOfTheTextIsRefused() throws Exception {
		corpus(folder);
		byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve("a.txt"), new byte[] { 'a', '\n', '\n', euro[0], euro[1] });
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder).load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains("byte 0xE2 at byte offset 3 (line 3)"), refused.getMessage());
	}

	@Test
	void aTruncatedAnnotationFileIsRefusedWithLineAndColumn() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		byte[] whole = Files.readAllBytes(annotationFile);
		Files.write(annotationFile, Arrays.copyOf(whole, whole.length / 2));
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().matches("(?s)Cannot read " + Pattern.quote(annotationFile.toString())
				+ ": line \\d+, column \\d+: .+"), refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void aMalformedAnnotationFileIsRefusedWithLineAndColumn() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		List<String> lines = Files.readAllLines(annotationFile);
		String broken = String.join("\n", lines.subList(0, 2)) + "\n  <annotations id=\"T9\" oops>\n" + String.join("\n", lines.subList(2, lines.size()));
		Files.writeString(annotationFile, broken);
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().startsWith("Cannot read " + annotationFile + ": line 3, column "), refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void anAnnotationFileWithADoctypeIsRefusedAndNoEntityIsRead() throws Exception {
		corpus(folder, "a.txt", TEXT);
		Path secret = Files.writeString(folder.resolve("secret"), "TOP-SECRET");
		Document probe = CorpusStore.open(folder).load(Path.of("a.txt"));
		Files.writeString(folder.resolve("a.glossator"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<glossator:Document xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:glossator=\"http://glossator.org/model/1.0\" textPath=\"a.txt\" textHash=\"" + probe.getTextHash()
				+ "\" language=\"&xxe;\"/>\n");
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
		assertTrue(refused.getMessage().contains("line 2"), refused.getMessage());
		assertFalse(refused.getMessage().contains("TOP-SECRET"));
		assertNothingLoaded(store);
	}

	@Test
	void anUnknownTypeIsRefusedNamingFileAndAnnotation() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		replaceIn(annotationFile, "schema.xmi#LOC", "schema.xmi#CITY");
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertEquals("Cannot load " + annotationFile + ":\n  Annotation T1 (CITY): type CITY is not defined in the schema [unknown-type]",
				refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void aReferenceOutsideTheCorpusIsNeverFollowed() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
		CorpusFixture.writeSchema(elsewhere);
		replaceIn(annotationFile, "schema.xmi#LOC", "elsewhere/schema.xmi#LOC");
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains("[unknown-type]"), refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void offsetsOutsideTheTextAreRefusedNamingFileAndAnnotations() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		replaceIn(annotationFile, "end=\"" + (TEXT.indexOf("Homs") + 4) + "\"", "end=\"500\"");
		CorpusStore store = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.load(Path.of("a.txt")));
		assertEquals("Cannot load " + annotationFile + ":\n  Annotation T1 (LOC): span " + TEXT.indexOf("Homs")
				+ "-500 ends past the end of the text (length " + TEXT.length() + ") [span-outside-text]", refused.getMessage());
		assertNothingLoaded(store);
	}

	@Test
	void anArgumentToAMissingAnnotationIsRefused() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		EntityMention homs = mention(store, document, "T1", "LOC", "Homs");
		argument(event(store, document, "E1", "Attack", "attacked"), "Place", homs);
		store.save(document);
		replaceIn(folder.resolve("a.glossator"), "filler=\"T1\"", "filler=\"T9\"");
		CorpusStore reopened = CorpusStore.open(folder);
		CorpusException refused = assertThrows(CorpusException.class, () -> reopened.load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains(folder.resolve("a.glossator").toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("T9"), refused.getMessage());
		assertNothingLoaded(reopened);
	}

	@Test
	void anAnnotationFileForAnotherTextIsRefused() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		replaceIn(annotationFile, "textPath=\"a.txt\"", "textPath=\"b.txt\"");
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder).load(Path.of("a.txt")));
		assertTrue(refused.getMessage().contains("annotates b.txt, not the text " + folder.resolve("a.txt")), refused.getMessage());
	}

	@Test
	void documentsThatCouldNotLoadAgainAreNotSaved() throws Exception {
		Path annotationFile = savedDocumentWithOneMention();
		byte[] before = Files.readAllBytes(annotationFile);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		document.getAnnotations().get(0).getSpans().get(0).setEnd(500);
		CorpusException refused = assertThrows(CorpusException.class, () -> store.save(document));
		assertTrue(refused.getMessage().startsWith("Not saving " + annotationFile), refused.getMessage());
		assertTrue(refused.getMessage().contains("[span-outside-text]"), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(annotationFile));
	}

	@Test
	void theLastValidationIsTheFindingsOfTheLoadOrOfTheLatestSave() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "ORG", "Rebels").setConfidence(1.5);
		store.save(document);
		assertEquals(List.of(AnnotationValidator.CONFIDENCE_OUT_OF_RANGE), codes(store.lastValidation(document)));

		CorpusStore reopened = CorpusStore.open(folder);
		Document reloaded = reopened.load(Path.of("a.txt"));
		assertEquals(List.of(AnnotationValidator.CONFIDENCE_OUT_OF_RANGE), codes(reopened.lastValidation(reloaded)), "found on loading");
		reloaded.getAnnotations().get(0).setConfidence(0.5);
		assertEquals(List.of(AnnotationValidator.CONFIDENCE_OUT_OF_RANGE), codes(reopened.lastValidation(reloaded)),
				"findings do not follow changes");
		reopened.save(reloaded);
		assertEquals(List.of(), codes(reopened.lastValidation(reloaded)), "found on saving");
		reopened.unload(reloaded);
		assertNull(reopened.lastValidation(reloaded));
	}

	private static List<Integer> codes(Diagnostic validation) {
		return validation.getChildren().stream().map(Diagnostic::getCode).toList();
	}

	@Test
	void anEmptyFolderIsNotACorpus() {
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder));
		assertEquals("Not a corpus folder: " + folder + " has no schema.xmi, the annotation schema every corpus needs beside its texts.",
				refused.getMessage());
	}

	@Test
	void aFolderWithoutSchemaIsNotACorpus() throws Exception {
		writeText(folder, "a.txt", TEXT);
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder));
		assertTrue(refused.getMessage().contains("has no schema.xmi"), refused.getMessage());
		assertEquals(folder.resolve("schema.xmi"), refused.getPath());
	}

	@Test
	void aSchemaWithoutTextsIsAnEmptyCorpus() throws Exception {
		corpus(folder);
		assertTrue(CorpusStore.open(folder).textFiles().isEmpty());
	}

	@Test
	void aMissingFolderIsNotACorpus() {
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder.resolve("nowhere")));
		assertTrue(refused.getMessage().contains("is not a folder"), refused.getMessage());
	}

	@Test
	void aMalformedSchemaIsRefusedWithLineAndColumn() throws Exception {
		corpus(folder);
		Files.writeString(folder.resolve("schema.xmi"), "<?xml version=\"1.0\"?>\n<schema>\n</schemata>\n");
		CorpusException refused = assertThrows(CorpusException.class, () -> CorpusStore.open(folder));
		assertTrue(refused.getMessage().startsWith("Cannot read " + folder.resolve("schema.xmi") + ": line 3, column "), refused.getMessage());
	}

	private Path savedDocumentWithOneMention() throws IOException, CorpusException {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "LOC", "Homs");
		store.save(document);
		return folder.resolve("a.glossator");
	}

	private static void replaceIn(Path file, String target, String replacement) throws IOException {
		String content = Files.readString(file);
		assertTrue(content.contains(target), content);
		Files.writeString(file, content.replace(target, replacement));
	}

	/** A failed load leaves only the schema behind. */
	private static void assertNothingLoaded(CorpusStore store) throws IOException {
		assertTrue(store.corpus().getDocuments().isEmpty());
		assertEquals(1, store.resourceSet().getResources().size());
		try (Stream<Path> files = Files.list(store.folder())) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")));
		}
	}
}
