package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.argument;
import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.relation;
import static org.glossator.core.store.CorpusFixture.span;
import static org.glossator.core.store.CorpusFixture.type;
import static org.glossator.core.store.CorpusFixture.writeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Previews: the store writes the annotations of the start of a large document's text to a small side file on saving,
 * and reads them back only while they match the annotation file and the text. Tests lower the size from which a
 * document gets a preview, so that they need not write megabytes.
 */
class DocumentPreviewTest {

	/** Words of five chars, so that an annotation at a multiple of five covers a word; longer than a preview's window. */
	private static final String TEXT = "word ".repeat(8_000);

	/** In {@link #richDocument}'s order: those in the window, those referring to them, and what all these refer to. */
	private static final List<String> PREVIEWED = List.of("T1", "T2", "T3", "T13", "T5", "E1", "T6", "E2", "T7", "R1", "T10", "T11", "R4", "R3");

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void aLargeDocumentGetsOnePreviewOfTheAnnotationsAtTheStartOfItsText() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		Document document = richDocument(store);
		store.save(document);

		Path annotationFile = folder.resolve("a.glossator");
		assertEquals(List.of(String.format("a.%d-%08x-%08x.preview", Files.size(annotationFile), crc(annotationFile),
				crc(folder.resolve("a.txt")))), previews(), "named for the annotation file's length and CRC32C and the text's CRC32C");

		CorpusStore reopened = CorpusStore.open(folder);
		Document preview = reopened.loadPreview(Path.of("a.txt"));
		assertNotNull(preview);
		assertEquals(PREVIEWED, ids(preview));
		assertEquals("a.txt", preview.getTextPath());
		assertEquals(document.getTextHash(), preview.getTextHash());
		assertEquals(DocumentStatus.IN_PROGRESS, preview.getStatus());
		assertEquals("de", preview.getLanguage());
		assertNull(preview.getText(), "the editor has the text already");
		for (Annotation copy : preview.getAnnotations()) {
			Annotation original = byId(document, copy.getId());
			assertTrue(EcoreUtil.equals(original, copy), copy.getId() + ": spans, attributes, arguments and ends as saved");
			assertSame(type(reopened, original.getType().getName()), copy.getType(), "types are the store's schema objects");
		}

		assertNull(preview.eResource());
		assertTrue(reopened.corpus().getDocuments().isEmpty(), "not part of the corpus");
		assertEquals(1, reopened.resourceSet().getResources().size(), "only the schema");
		Document loaded = reopened.load(Path.of("a.txt"));
		assertNotSame(preview, loaded);
		assertEquals(List.of(loaded), reopened.corpus().getDocuments());
		assertEquals(2, reopened.resourceSet().getResources().size(), "the schema and the loaded document");
	}

	@Test
	void aStoreKeepingPreviewsWritesAMissingOneWhenItLoadsTheDocumentAndOnlyThen() throws Exception {
		savedRichDocument();
		// As if written by an import or another tool: an annotation file without a preview, with text after its end.
		Files.writeString(folder.resolve("a.glossator"), "\n\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		deleteFolder(previewFolder());

		CorpusStore reader = CorpusStore.open(folder).withPreviewMinBytes(0);
		reader.load(Path.of("a.txt"));
		assertFalse(Files.exists(previewFolder()), "a store that only reads leaves the corpus folder as it is");

		CorpusStore editing = CorpusStore.open(folder).withPreviewMinBytes(0).keepingPreviews();
		Document loaded = editing.load(Path.of("a.txt"));
		assertEquals(1, previews().size());
		Document preview = CorpusStore.open(folder).loadPreview(Path.of("a.txt"));
		assertNotNull(preview, "named for the whole file as read, the text after its end included");
		assertEquals(PREVIEWED, ids(preview));
		assertTrue(EcoreUtil.equals(byId(loaded, "E1"), byId(preview, "E1")));

		Path written = previewFolder().resolve(previews().get(0));
		FileTime longAgo = FileTime.fromMillis(0);
		Files.setLastModifiedTime(written, longAgo);
		CorpusStore.open(folder).withPreviewMinBytes(0).keepingPreviews().load(Path.of("a.txt"));
		assertEquals(longAgo, Files.getLastModifiedTime(written), "a preview that is there already is not written again");
	}

	@Test
	void aFileOnlyEmfsLoaderTakesGetsItsPreviewWhenSavedNotWhenLoaded() throws Exception {
		savedRichDocument();
		Path annotationFile = folder.resolve("a.glossator");
		String xmi = Files.readString(annotationFile, StandardCharsets.UTF_8);
		// A comment: the store's reader leaves the file to EMF's loader, which does not say which bytes it read.
		Files.writeString(annotationFile, xmi.replaceFirst("\\?>", "?><!-- edited by hand -->"), StandardCharsets.UTF_8);
		deleteFolder(previewFolder());

		CorpusStore editing = CorpusStore.open(folder).withPreviewMinBytes(0).keepingPreviews();
		Document loaded = editing.load(Path.of("a.txt"));
		assertEquals(0, editing.fastReads(), "EMF's loader read it");
		assertFalse(Files.exists(previewFolder()));
		editing.save(loaded);
		assertNotNull(CorpusStore.open(folder).loadPreview(Path.of("a.txt")));
	}

	@Test
	void thePreviewHoldsWhatItsAnnotationsReferToAndNothingDangles() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		store.save(richDocument(store));

		Document preview = CorpusStore.open(folder).loadPreview(Path.of("a.txt"));
		Event inside = (Event) byId(preview, "E1");
		assertEquals(List.of("T1", "T5"), inside.getArguments().stream().map(argument -> argument.getFiller().getId()).toList(),
				"an event in the window keeps its filler far outside it");
		Relation pointingIn = (Relation) byId(preview, "R1");
		assertEquals("T7", pointingIn.getSource().getId(), "a relation from outside to the window comes with its source");
		assertEquals("T2", pointingIn.getTarget().getId());
		Event outside = (Event) byId(preview, "E2");
		assertEquals(List.of("T6", "T2"), outside.getArguments().stream().map(argument -> argument.getFiller().getId()).toList(),
				"an event outside with a filler in the window comes with its other fillers");
		Relation chain = (Relation) byId(preview, "R3");
		assertSame(byId(preview, "R4"), chain.getTarget(), "references are followed further: R3 to R4 to T10 and T11");
		assertSame(byId(preview, "T10"), ((Relation) chain.getTarget()).getSource());
		assertNull(byId(preview, "E3"), "an event that refers only to what the window refers to is not shown there");
		Map<EObject, Collection<Setting>> external = EcoreUtil.ExternalCrossReferencer.find(preview);
		assertTrue(external.keySet().stream().allMatch(AnnotationType.class::isInstance), "only types lie outside: " + external.keySet());
	}

	@Test
	void aSmallDocumentGetsNoPreviewAndShrinkingRemovesItsPreview() throws Exception {
		corpus(folder, "a.txt", TEXT, "b.txt", TEXT);
		CorpusStore withDefaults = CorpusStore.open(folder);
		withDefaults.save(richDocument(withDefaults));
		assertFalse(Files.exists(folder.resolve(".glossator")), "an annotation file of a few kilobytes needs no preview");

		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(2_000);
		Document document = store.load(Path.of("a.txt"));
		store.save(document);
		assertTrue(Files.size(folder.resolve("a.glossator")) > 2_000);
		Document other = store.load(Path.of("b.txt"));
		mentionAt(store, other, "T1", "PER", 0);
		store.save(other);
		assertTrue(Files.size(folder.resolve("b.glossator")) < 2_000);
		assertEquals(1, previews().size(), "only a.txt's");

		document.getAnnotations().retainAll(List.of(byId(document, "T1"), byId(document, "T2")));
		store.save(document);
		assertTrue(Files.size(folder.resolve("a.glossator")) < 2_000);
		assertEquals(List.of(), previews(), "the preview of the larger version is gone");
		assertNull(CorpusStore.open(folder).loadPreview(Path.of("a.txt")));
	}

	@Test
	void aSecondSaveLeavesOnlyTheNewestPreview() throws Exception {
		corpus(folder, "a.txt", TEXT, "b.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		Document other = store.load(Path.of("b.txt"));
		mentionAt(store, other, "T1", "PER", 0);
		store.save(other);
		List<String> ofOther = previews();
		Document document = richDocument(store);
		store.save(document);
		List<String> first = previews().stream().filter(name -> !ofOther.contains(name)).toList();
		assertEquals(1, first.size());

		mentionAt(store, document, "T99", "LOC", 400);
		store.save(document);
		List<String> second = previews().stream().filter(name -> !ofOther.contains(name)).toList();
		assertEquals(1, second.size());
		assertNotEquals(first, second);
		assertEquals(ofOther.size() + 1, previews().size(), "b.txt's preview stays");
		assertTrue(ids(CorpusStore.open(folder).loadPreview(Path.of("a.txt"))).contains("T99"));
	}

	@Test
	void aSaveRemovesThePreviewsOfTextsGoneFromTheCorpusAndAbandonedTemporaryFiles() throws Exception {
		corpus(folder, "a.txt", TEXT, "b.txt", TEXT, "c.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		for (String text : List.of("b.txt", "c.txt")) {
			Document document = store.load(Path.of(text));
			mentionAt(store, document, "T1", "PER", 0);
			store.save(document);
		}
		List<String> ofC = previews().stream().filter(name -> name.startsWith("c.")).toList();
		assertEquals(2, previews().size());
		Files.move(folder.resolve("b.txt"), folder.resolve("renamed.txt"));
		Path abandoned = writePreviewFile(".a.1-00000000-00000000.preview.dead.tmp");
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(DocumentPreviews.ABANDONED).minusSeconds(60)));
		Path beingWritten = writePreviewFile(".a.2-00000000-00000000.preview.busy.tmp");
		Path someoneElses = writePreviewFile("notes.md");
		// Age is no reason to remove a preview or another file.
		FileTime old = FileTime.from(Instant.now().minus(DocumentPreviews.ABANDONED.multipliedBy(2)));
		Files.setLastModifiedTime(someoneElses, old);
		Files.setLastModifiedTime(previewFolder().resolve(ofC.get(0)), old);

		// A small document: no preview of its own, and still the folder is tidied.
		Document small = store.withPreviewMinBytes(Long.MAX_VALUE).load(Path.of("a.txt"));
		mentionAt(store, small, "T1", "PER", 0);
		store.save(small);

		List<String> expected = new ArrayList<>(ofC);
		expected.addAll(List.of(beingWritten.getFileName().toString(), someoneElses.getFileName().toString()));
		assertEquals(expected.stream().sorted().toList(), previews(),
				"b.txt's preview and the abandoned temporary file are gone; c.txt's, a write perhaps in progress and other files stay");
	}

	private Path writePreviewFile(String name) throws IOException {
		return Files.writeString(previewFolder().resolve(name), "<", StandardCharsets.UTF_8);
	}

	@Test
	void aPreviewOfAnotherVersionOfTheAnnotationFileIsNotTaken() throws Exception {
		CorpusStore store = savedRichDocument();
		Path annotationFile = folder.resolve("a.glossator");
		byte[] saved = Files.readAllBytes(annotationFile);
		assertNotNull(store.loadPreview(Path.of("a.txt")));

		// As another tool might change the file: one digit of an offset, the same length.
		String changed = Files.readString(annotationFile).replaceFirst("begin=\"100\"", "begin=\"105\"");
		Files.writeString(annotationFile, changed);
		assertEquals(saved.length, Files.size(annotationFile));
		assertNull(store.loadPreview(Path.of("a.txt")));

		Files.write(annotationFile, saved);
		assertNotNull(store.loadPreview(Path.of("a.txt")), "the check is the content, not the time of the change");
		Files.delete(annotationFile);
		assertNull(store.loadPreview(Path.of("a.txt")));
	}

	@Test
	void aPreviewOfAnotherVersionOfTheTextIsNotTaken() throws Exception {
		CorpusStore store = savedRichDocument();
		writeText(folder, "a.txt", "Word" + TEXT.substring(4));
		assertNull(store.loadPreview(Path.of("a.txt")));
		writeText(folder, "a.txt", TEXT);
		assertNotNull(store.loadPreview(Path.of("a.txt")));
	}

	@Test
	void thePreviewOfTheVersionOfTheTextReadIsTakenThoughTheFileChangedSince() throws Exception {
		CorpusStore store = savedRichDocument();
		CorpusStore.TextVersion shown = store.readText(Path.of("a.txt"));
		assertEquals(TEXT, shown.text());
		assertEquals(crc(folder.resolve("a.txt")), shown.crc32c(), "the CRC32C of the bytes read");
		// Another text of the same length on disk, as another program may write it while an editor opens the first.
		writeText(folder, "a.txt", "Word" + TEXT.substring(4));
		assertNull(store.loadPreview(Path.of("a.txt")), "no preview of the text on disk");
		assertEquals(PREVIEWED, ids(store.loadPreview(Path.of("a.txt"), shown.crc32c())), "the preview of the text read");
		assertNull(store.loadPreview(Path.of("a.txt"), store.readText(Path.of("a.txt")).crc32c()), "none of the text now read");
	}

	@Test
	void onlyTextsOfTheCorpusHavePreviews() throws Exception {
		CorpusStore store = savedRichDocument();
		CorpusException refused = assertThrows(CorpusException.class, () -> store.loadPreview(Path.of("missing.txt")));
		assertTrue(refused.getMessage().contains("missing.txt is not a text of the corpus"), refused.getMessage());
	}

	/** Ways a preview file may be broken or made hostile, keeping the name that matches the current files. */
	enum Damage {
		TRUNCATED(preview -> Arrays.copyOf(preview, preview.length / 2)),
		GARBAGE(preview -> {
			byte[] garbage = new byte[preview.length];
			new Random(42).nextBytes(garbage);
			return garbage;
		}),
		EXTERNAL_ENTITY(preview -> edited(preview, xmi -> xmi
				.replace("<glossator:Document ", "<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n<glossator:Document ")
				.replace("language=\"de\"", "language=\"&xxe;\""))),
		ENTITY_EXPANSION(preview -> edited(preview, xmi -> xmi
				.replace("<glossator:Document ", "<!DOCTYPE doc [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
						+ "<glossator:Document ")
				.replace("language=\"de\"", "language=\"&b;\""))),
		/** The note "Köln – ü 😀" in ISO-8859-1 (the dash and the emoji as '?') under the declaration of UTF-8. */
		ISO_8859_1_BYTES(preview -> new String(preview, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1)),
		ISO_8859_1_DECLARED(preview -> new String(preview, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
				.getBytes(StandardCharsets.ISO_8859_1)),
		/** EMF's loader would take a comment; a preview is read by the store's reader alone, which does not. */
		COMMENT(preview -> edited(preview, xmi -> xmi.replace("<annotations ", "<!-- edited --><annotations "))),
		DANGLING_REFERENCE(preview -> edited(preview, xmi -> xmi.replace("filler=\"T5\"", "filler=\"T4\""))),
		SPAN_BEFORE_THE_TEXT(preview -> edited(preview, xmi -> xmi.replace("begin=\"100\"", "begin=\"-10\""))),
		UNKNOWN_TYPE(preview -> edited(preview, xmi -> xmi.replace("schema.xmi#LOC", "schema.xmi#CITY"))),
		EMPTY(preview -> new byte[0]);

		private final UnaryOperator<byte[]> damage;

		Damage(UnaryOperator<byte[]> damage) {
			this.damage = damage;
		}

		private static byte[] edited(byte[] preview, UnaryOperator<String> edit) {
			String xmi = new String(preview, StandardCharsets.UTF_8);
			String edited = edit.apply(xmi);
			assertNotEquals(xmi, edited, "the damage applies");
			return edited.getBytes(StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest
	@EnumSource(Damage.class)
	void aBrokenOrHostilePreviewIsNone(Damage damage) throws Exception {
		CorpusStore store = savedRichDocument();
		Path preview = previewFolder().resolve(previews().get(0));
		Files.write(preview, damage.damage.apply(Files.readAllBytes(preview)));

		assertNull(store.loadPreview(Path.of("a.txt")));
		assertEquals(1, store.resourceSet().getResources().size(), "nothing left behind");
		assertEquals(PREVIEWED.size() + 6, store.load(Path.of("a.txt")).getAnnotations().size(), "the document loads as ever");
		assertFalse(Files.exists(preview), "removed, not read again on every open");

		CorpusStore.open(folder).withPreviewMinBytes(0).keepingPreviews().load(Path.of("a.txt"));
		assertEquals(PREVIEWED, ids(CorpusStore.open(folder).loadPreview(Path.of("a.txt"))), "and written anew by the next editor's load");
	}

	@Test
	void aPreviewRenamedToMatchButOfAnotherDocumentIsNone() throws Exception {
		corpus(folder, "a.txt", TEXT, "b.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		store.save(richDocument(store));
		Path ofA = previewFolder().resolve(previews().get(0));
		Document other = store.load(Path.of("b.txt"));
		mentionAt(store, other, "T1", "PER", 0);
		store.save(other);
		Path ofB = previewFolder().resolve(previews().stream().filter(name -> name.startsWith("b.")).findFirst().orElseThrow());
		assertNotNull(store.loadPreview(Path.of("b.txt")));

		Files.move(ofB, ofA, StandardCopyOption.REPLACE_EXISTING);
		assertNull(store.loadPreview(Path.of("a.txt")), "b.txt's annotations are no preview of a.txt");
		assertNull(store.loadPreview(Path.of("b.txt")), "nor is b.txt's preview there any more");
	}

	@Test
	void previewOffsetsCountUtf16CodeUnitsOfTextsWithSupplementaryCharactersAndCrlf() throws Exception {
		// Seven UTF-16 code units (six code points) a line: PREVIEW_CHARS = 32,768 falls inside the emoji at 32,767.
		String line = "\uD83D\uDE00 ab\r\n";
		corpus(folder, "a.txt", line.repeat(5_000));
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		Document document = store.load(Path.of("a.txt"));
		CorpusFixture.mentionAt(store, document, "T1", "PER", 32_760, 32_767); // the line before, up to the boundary
		CorpusFixture.mentionAt(store, document, "T2", "LOC", 32_767, 32_772); // "😀 ab" across the boundary
		CorpusFixture.mentionAt(store, document, "T3", "ORG", 32_774, 32_779); // the next line
		CorpusFixture.mentionAt(store, document, "T4", "ORG", 32_770, 32_772); // "ab" after the boundary
		CorpusFixture.mentionAt(store, document, "T5", "PER", 0, 2);
		store.save(document);

		Document preview = CorpusStore.open(folder).loadPreview(Path.of("a.txt"));
		assertEquals(List.of("T1", "T2", "T5"), ids(preview));
		String text = store.readText(Path.of("a.txt")).text();
		assertEquals("\uD83D\uDE00 ab", text.substring(32_767, 32_772));
		for (Annotation copy : preview.getAnnotations()) {
			assertTrue(EcoreUtil.equals(byId(document, copy.getId()), copy), copy.getId());
		}
	}

	@Test
	void aPreviewThatCannotBeWrittenDoesNotFailTheSave() throws Exception {
		corpus(folder, "a.txt", TEXT);
		Files.createDirectories(folder.resolve(".glossator"));
		Files.writeString(folder.resolve(".glossator/previews"), "a file where the folder of previews should be");
		CorpusStore store = CorpusStore.open(folder).withPreviewMinBytes(0);
		Document document = richDocument(store);
		store.save(document);

		CorpusStore reopened = CorpusStore.open(folder);
		assertTrue(EcoreUtil.equals(document, reopened.load(Path.of("a.txt"))), "the annotation file is saved");
		assertNull(CorpusStore.open(folder).loadPreview(Path.of("a.txt")));
		assertEquals("a file where the folder of previews should be", Files.readString(folder.resolve(".glossator/previews")));
	}

	@Test
	void tooManyAnnotationsReferredToMakeNoPreview() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = richDocument(store);
		assertEquals(PREVIEWED, ids(DocumentPreviews.extract(document, CorpusStore.PREVIEW_CHARS, PREVIEWED.size())));
		assertNull(DocumentPreviews.extract(document, CorpusStore.PREVIEW_CHARS, PREVIEWED.size() - 1));
	}

	/**
	 * Every kind of annotation and reference around a window of {@link CorpusStore#PREVIEW_CHARS}: in it, across its
	 * end, just after it, outside it and referred to from it, outside it and referring into it, chains of references, and annotations that are nothing
	 * to it.
	 */
	private static Document richDocument(CorpusStore store) throws CorpusException {
		Document document = store.load(Path.of("a.txt"));
		document.setLanguage("de");
		document.setStatus(DocumentStatus.IN_PROGRESS);
		EntityMention t1 = mentionAt(store, document, "T1", "PER", 0);
		t1.setStatus(AnnotationStatus.PROPOSED);
		t1.setOrigin("gazetteer");
		t1.setConfidence(0.5);
		attribute(t1, "note", "K\u00f6ln \u2013 \u00fc \uD83D\uDE00");
		attribute(t1, "negated", "no");
		EntityMention t2 = mentionAt(store, document, "T2", "LOC", 100);
		EntityMention t3 = mentionAt(store, document, "T3", "ORG", 200);
		t3.getSpans().add(span(36_000, 36_004));
		CorpusFixture.mentionAt(store, document, "T12", "PER", CorpusStore.PREVIEW_CHARS, CorpusStore.PREVIEW_CHARS + 4);
		CorpusFixture.mentionAt(store, document, "T13", "PER", CorpusStore.PREVIEW_CHARS - 3, CorpusStore.PREVIEW_CHARS + 1);
		mentionAt(store, document, "T4", "PER", 35_000);
		EntityMention t5 = mentionAt(store, document, "T5", "LOC", 36_100);
		Event e1 = eventAt(store, document, "E1", 300);
		argument(e1, "Attacker", t1);
		argument(e1, "Place", t5);
		EntityMention t6 = mentionAt(store, document, "T6", "ORG", 37_100);
		Event e2 = eventAt(store, document, "E2", 37_000);
		argument(e2, "Attacker", t6);
		argument(e2, "Target", t2);
		EntityMention t7 = mentionAt(store, document, "T7", "ORG", 39_000);
		Relation r1 = relation(store, document, "R1", "Located_in", t7, t2);
		Event e3 = eventAt(store, document, "E3", 38_000);
		argument(e3, "Target", r1);
		EntityMention t10 = mentionAt(store, document, "T10", "PER", 39_500);
		EntityMention t11 = mentionAt(store, document, "T11", "LOC", 39_600);
		Relation r4 = relation(store, document, "R4", "Related", t10, t11);
		relation(store, document, "R3", "Related", e1, r4);
		EntityMention t8 = mentionAt(store, document, "T8", "PER", 39_700);
		EntityMention t9 = mentionAt(store, document, "T9", "PER", 39_800);
		relation(store, document, "R2", "Related", t8, t9);
		return document;
	}

	private CorpusStore savedRichDocument() throws IOException, CorpusException {
		corpus(folder, "a.txt", TEXT);
		CorpusStore saving = CorpusStore.open(folder).withPreviewMinBytes(0);
		saving.save(richDocument(saving));
		return CorpusStore.open(folder);
	}

	/** A mention of the word at {@code begin}. */
	private static EntityMention mentionAt(CorpusStore store, Document document, String id, String typeName, int begin) {
		return CorpusFixture.mentionAt(store, document, id, typeName, begin, begin + 4);
	}

	/** An attack triggered by the word at {@code begin}. */
	private static Event eventAt(CorpusStore store, Document document, String id, int begin) {
		return CorpusFixture.eventAt(store, document, id, "Attack", begin, begin + 4);
	}

	private static void attribute(Annotation annotation, String name, String value) {
		AttributeValue attribute = FACTORY.createAttributeValue();
		attribute.setName(name);
		attribute.setValue(value);
		annotation.getAttributes().add(attribute);
	}

	private static Annotation byId(Document document, String id) {
		return document.getAnnotations().stream().filter(annotation -> annotation.getId().equals(id)).findFirst().orElse(null);
	}

	private static List<String> ids(Document document) {
		return document.getAnnotations().stream().map(Annotation::getId).toList();
	}

	private static void deleteFolder(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}

	private Path previewFolder() {
		return folder.resolve(".glossator").resolve("previews");
	}

	private List<String> previews() throws IOException {
		if (!Files.isDirectory(previewFolder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(previewFolder())) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static long crc(Path file) throws IOException {
		CRC32C crc = new CRC32C();
		crc.update(Files.readAllBytes(file));
		return crc.getValue();
	}
}
