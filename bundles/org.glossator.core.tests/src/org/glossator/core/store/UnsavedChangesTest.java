package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.argument;
import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.covered;
import static org.glossator.core.store.CorpusFixture.event;
import static org.glossator.core.store.CorpusFixture.mention;
import static org.glossator.core.store.CorpusFixture.relation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.edit.TextRange;
import org.glossator.core.edit.CountingCommandStack;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsavedChangesTest {

	/** Characters above U+FFFF, CRLF, right-to-left and mixed-language text. */
	private static final String TEXT = "Rebels \uD835\uDD38 attacked Homs.\r\n\u0645\u062F\u064A\u0646\u0629 \u062D\u0645\u0635 "
			+ "in Syria.\r\nThe army \uD83D\uDE00 withdrew from Homs.\r\n";

	@TempDir
	Path folder;
	/** The store {@link #keptWithHoms} loaded with. */
	private CorpusStore keeping;

	@Test
	void keptChangesAreTheBytesASaveWritesAndAreRestoredInOneStepThatUndoTakesBack() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "PER", "Rebels");
		store.save(document);

		// The work of a session that then ends without a save.
		EntityMention homs = mention(store, document, "T2", "LOC", "Homs");
		EntityMention syria = mention(store, document, "T3", "LOC", "Syria");
		Event attack = event(store, document, "E1", "Attack", "attacked");
		argument(attack, "Attacker", document.getAnnotations().get(0));
		argument(attack, "Place", homs);
		relation(store, document, "R1", "Located_in", homs, syria);
		document.setStatus(DocumentStatus.IN_PROGRESS);
		UnsavedChanges unsaved = store.unsavedChangesOf(document);
		assertTrue(unsaved.keep(document, () -> true));
		CRC32C textCrc = new CRC32C();
		textCrc.update(TEXT.getBytes(StandardCharsets.UTF_8));
		// As written a second or more after the save (file times may be as coarse as a clock tick).
		Files.setLastModifiedTime(unsaved.file(), FileTime.from(Files.getLastModifiedTime(folder.resolve("a.glossator")).toInstant().plusSeconds(2)));
		assertEquals(CorpusLayout.recoveryFolderOf(folder).resolve(String.format("a.%08x.recovery", textCrc.getValue())), unsaved.file());
		byte[] kept = Files.readAllBytes(unsaved.file());
		List<String> work = describe(document);

		// After the crash: the saved file as it was, and the changes kept.
		CorpusStore next = CorpusStore.open(folder);
		Document reopened = next.load(Path.of("a.txt"));
		assertEquals(1, reopened.getAnnotations().size());
		Document version = next.unsavedChangesOf(reopened).read(reopened);
		EditingDomain domain = AnnotationEditingDomainFactory.create(next.resourceSet());
		CommandStack stack = domain.getCommandStack();
		assertTrue(stack instanceof CountingCommandStack);
		stack.execute(new AnnotationCommands(domain).restore(reopened, version));
		assertEquals(work, describe(reopened));
		assertEquals(DocumentStatus.IN_PROGRESS, reopened.getStatus());
		assertTrue(version.getAnnotations().isEmpty(), "the version read gave its annotations away");
		stack.undo();
		assertEquals(List.of("T1 PER Rebels"), describe(reopened));
		assertEquals(DocumentStatus.NEW, reopened.getStatus());
		stack.redo();
		assertEquals(work, describe(reopened));

		next.save(reopened);
		assertArrayEquals(kept, Files.readAllBytes(folder.resolve("a.glossator")), "kept as a save writes it");
		next.unsavedChangesOf(reopened).discard();
		assertFalse(Files.exists(unsaved.file()));
		assertNull(next.unsavedChangesOf(reopened).read(reopened), "none kept");
	}

	@Test
	void theFirstAnnotationsOfADocumentNeverSavedAreRestoredToo() throws Exception {
		UnsavedChanges unsaved = keptWithHoms();
		assertFalse(Files.exists(folder.resolve("a.glossator")));
		CorpusStore next = CorpusStore.open(folder);
		Document reopened = next.load(Path.of("a.txt"));
		assertTrue(reopened.getAnnotations().isEmpty());
		Document version = next.unsavedChangesOf(reopened).read(reopened);
		assertEquals(unsaved.file(), next.unsavedChangesOf(reopened).file());
		assertEquals(List.of("T1 LOC Homs"), describe(version));
	}

	@Test
	void changesKeptBrokenOrForAnotherTextAreRefusedNamingTheFileWhichStays() throws Exception {
		UnsavedChanges unsaved = keptWithHoms();
		CorpusStore store = keeping;
		Document document = store.load(Path.of("a.txt"));
		String good = Files.readString(unsaved.file());

		assertRefused(store, document, unsaved, good.substring(0, good.length() / 2), "line");
		assertRefused(store, document, unsaved, good.replace(document.getTextHash(), "0".repeat(64)), "not the text");
		int end = TEXT.indexOf("Homs") + 4;
		assertRefused(store, document, unsaved, good.replace("end=\"" + end + "\"", "end=\"" + (TEXT.length() + 1) + "\""),
				"cannot be restored");
		assertRefused(store, document, unsaved,
				"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"Homs\">]>" + good.substring(good.indexOf("?>") + 2).replace("LOC", "&x;"),
				"DOCTYPE");
		// Not UTF-8: a byte that cannot start a character.
		assertRefused(store, document, unsaved, good.replace("id=\"T1\"", "id=\"T\u00FF1\""), "UTF-8");
		assertEquals(1, document.getAnnotations().size(), "the loaded document is untouched");
		assertEquals(2, store.resourceSet().getResources().size(), "the schema and the document only");
	}

	@Test
	void aChangeWhileTheDocumentIsWrittenSupersedesTheWrite() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		EditingDomain domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		CountingCommandStack stack = (CountingCommandStack) domain.getCommandStack();
		AnnotationCommands commands = new AnnotationCommands(domain);
		EntityType loc = (EntityType) CorpusFixture.type(store, "LOC");
		int homs = TEXT.indexOf("Homs");
		stack.execute(commands.createEntityMention(document, loc, List.of(new TextRange(homs, homs + 4))));
		UnsavedChanges unsaved = store.unsavedChangesOf(document);
		long mark = stack.mark();
		assertTrue(unsaved.keep(document, () -> stack.unchangedSince(mark)));
		String kept = Files.readString(unsaved.file());

		long before = stack.mark();
		// The change comes while the document is being written.
		assertFalse(unsaved.keep(document, () -> {
			stack.undo();
			return stack.unchangedSince(before);
		}));
		assertEquals(kept, Files.readString(unsaved.file()), "the changes kept before stay");
		assertFalse(stack.unchangedSince(before));
		long after = stack.mark();
		assertTrue(stack.unchangedSince(after));
		stack.redo();
		assertFalse(stack.unchangedSince(after), "a redo counts");
		try (var files = Files.list(unsaved.file().getParent())) {
			assertEquals(List.of(unsaved.file()), files.toList(), "no temporary file left");
		}

		// A reading that starts while a change runs (here: as the stack tells its listeners) cannot hold.
		boolean[] heldDuringChange = { true };
		stack.addCommandStackListener(event -> heldDuringChange[0] = stack.unchangedSince(stack.mark()));
		stack.undo();
		assertFalse(heldDuringChange[0]);
		long beforeRefused = stack.mark();
		stack.execute(org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE);
		assertTrue(stack.unchangedSince(beforeRefused), "a refused command changes nothing");
	}

	@Test
	void changesKeptBeforeTheAnnotationFileWasSavedAgainAreNotRestored() throws Exception {
		UnsavedChanges unsaved = keptWithHoms();
		CorpusStore store = keeping;
		Document document = store.load(Path.of("a.txt"));
		store.save(document);
		Instant saved = Files.getLastModifiedTime(folder.resolve("a.glossator")).toInstant();
		Files.setLastModifiedTime(unsaved.file(), FileTime.from(saved.minusSeconds(5)));
		CorpusException older = assertThrows(CorpusException.class, () -> unsaved.read(document));
		assertTrue(older.getMessage().contains("older than the annotations saved since in " + folder.resolve("a.glossator")), older.getMessage());
		Path aside = unsaved.setAside();
		assertTrue(aside.getFileName().toString().matches("a\\.[0-9a-f]{8}\\.recovery\\.\\d{8}-\\d{6}-\\d{3}\\.not-restored"), aside.toString());
		assertFalse(Files.exists(unsaved.file()));

		assertTrue(unsaved.keep(document, () -> true));
		Files.setLastModifiedTime(unsaved.file(), FileTime.from(saved.plusSeconds(5)));
		assertEquals(1, unsaved.read(document).getAnnotations().size(), "kept after the save: restored");
	}

	/** Loads a.txt through a new store, annotates Homs and keeps that, unsaved. */
	private UnsavedChanges keptWithHoms() throws Exception {
		corpus(folder, "a.txt", TEXT);
		keeping = CorpusStore.open(folder);
		Document document = keeping.load(Path.of("a.txt"));
		mention(keeping, document, "T1", "LOC", "Homs");
		UnsavedChanges unsaved = keeping.unsavedChangesOf(document);
		assertTrue(unsaved.keep(document, () -> true));
		return unsaved;
	}

	/** Writes the content one byte per char (so a char above U+007F is a byte that is not UTF-8) and reads it. */
	private static void assertRefused(CorpusStore store, Document document, UnsavedChanges unsaved, String content, String saying)
			throws Exception {
		Files.writeString(unsaved.file(), content, StandardCharsets.ISO_8859_1);
		CorpusException refused = assertThrows(CorpusException.class, () -> unsaved.read(document));
		assertTrue(refused.getMessage().contains(unsaved.file().toString()) && refused.getMessage().contains(saying), refused.getMessage());
		assertEquals(content, Files.readString(unsaved.file(), StandardCharsets.ISO_8859_1), "left as it was");
	}

	private static List<String> describe(Document document) {
		return document.getAnnotations().stream().map(annotation -> annotation.getId() + " " + annotation.getType().getName() + " "
				+ (annotation.getSpans().isEmpty() ? "" : covered(document, annotation)) + arguments(annotation)).toList();
	}

	private static String arguments(Annotation annotation) {
		if (annotation instanceof Relation relation) {
			return relation.getSource().getId() + "->" + relation.getTarget().getId();
		}
		return annotation instanceof Event event
				? event.getArguments().stream().map(argument -> argument.getRole() + "=" + argument.getFiller().getId()).toList().toString()
				: "";
	}
}
