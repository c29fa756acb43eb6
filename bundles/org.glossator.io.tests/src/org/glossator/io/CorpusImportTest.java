package org.glossator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.brat.BratImporter;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import into a corpus: checked first with nothing written, then written all or nothing. */
class CorpusImportTest {

	private static final String TEXT_A = "\uD83D\uDE00 Assad met Putin in Damascus.\r\n";
	private static final String TEXT_B = "\u0627\u0644\u0623\u0633\u062F in Aleppo.";

	@TempDir
	Path corpus;
	@TempDir
	Path input;
	private Map<String, String> before;

	@BeforeEach
	void corpusAndFiles() throws Exception {
		SampleCorpus.schemaWithTexts(corpus, "old.txt", "An old text.");
		Files.writeString(input.resolve("a.txt"), TEXT_A);
		Files.writeString(input.resolve("a.ann"), "T1\tPER 2 7\tAssad\nT2\tPERSON 12 17\tPutin\nT3\tTalks 8 11\tmet\nE1\tTalks:T3 Speaker:T1\n");
		Files.writeString(input.resolve("b.txt"), TEXT_B);
		Files.writeString(input.resolve("b.ann"), "T1\tGPE 9 15\tAleppo\nT2\tCITY 9 15\tAleppo\n");
		before = contents(corpus);
	}

	private CorpusImport check(UnknownTypes unknownTypes) throws CorpusException {
		return CorpusImport.check(corpus, new BratImporter(), List.of(input.resolve("a.ann"), input.resolve("b.txt")), TypeMapping.NONE,
				unknownTypes, new NullProgressMonitor());
	}

	@Test
	void growingImportChecksWithoutWritingThenAddsDocumentsAndSchema() throws Exception {
		CorpusImport plan = check(UnknownTypes.ADD_TO_SCHEMA);
		assertEquals(before, contents(corpus), "checking writes nothing");
		assertEquals(List.of("PERSON", "Talks", "CITY"), plan.newTypes().stream().map(AnnotationType::getName).toList());
		assertEquals(List.of("a.txt", "b.txt"), plan.documents().stream().map(imported -> imported.document().getTextPath()).toList());

		plan.write(new NullProgressMonitor());
		CorpusStore store = CorpusStore.open(corpus);
		assertEquals(List.of("a.txt", "b.txt", "old.txt"), store.textFiles().stream().map(path -> path.getFileName().toString()).toList());
		assertTrue(store.corpus().getSchema().getEventTypes().stream().anyMatch(type -> type.getName().equals("Talks")
				&& ((EventType) type).getRoles().get(0).getName().equals("Speaker")));
		Document a = store.load(Path.of("a.txt"));
		assertEquals(TEXT_A, a.getText());
		assertEquals(List.of("T1 PER 3-8", "T2 PERSON 13-18", "E1 Talks 9-12"), a.getAnnotations().stream()
				.map(annotation -> annotation.getId() + " " + annotation.getType().getName() + " " + annotation.getSpans().get(0).getBegin() + "-"
						+ annotation.getSpans().get(0).getEnd())
				.toList());
		assertEquals(2, store.load(Path.of("b.txt")).getAnnotations().size());
		assertFalse(hasTemporaryFiles(), "no temporary file is left behind");
		assertThrows(IllegalStateException.class, () -> plan.write(new NullProgressMonitor()));
	}

	@Test
	void strictImportNamesEveryUnknownTypeOfAllFilesAndWritesNothing() {
		UnknownTypesException refused = assertThrows(UnknownTypesException.class, () -> check(UnknownTypes.REFUSE));
		assertEquals(List.of("PERSON", "Talks", "CITY"), refused.typeNames());
		assertEquals(input.resolve("a.ann"), refused.getPath());
		assertTrue(refused.getMessage().endsWith("a.ann, line 2: T2 has the type PERSON, which the schema does not define"
				+ " (types not in the schema: PERSON, Talks, CITY)"), refused.getMessage());
	}

	@Test
	void lenientImportListsWhatIsNotCarriedPerDocument() throws Exception {
		CorpusImport plan = check(UnknownTypes.DROP);
		assertEquals(List.of("a.txt", "b.txt"), plan.notCarried().documents());
		assertEquals(List.of("Annotation T2 (PERSON) 13-18", "Annotation E1 (Talks) 9-12"),
				plan.notCarried().of("a.txt").stream().map(loss -> loss.subject()).toList());
		plan.write(new NullProgressMonitor());
		assertEquals(1, CorpusStore.open(corpus).load(Path.of("a.txt")).getAnnotations().size());
	}

	@Test
	void documentTheCorpusHasAlreadyIsRefusedAtCheck() throws Exception {
		Files.writeString(corpus.resolve("b.txt"), "another b");
		CorpusException refused = assertThrows(CorpusException.class, () -> check(UnknownTypes.DROP));
		assertEquals(corpus.resolve("b.txt"), refused.getPath());
		assertTrue(refused.getMessage().contains("The corpus has a file b.txt already"), refused.getMessage());
	}

	@Test
	void nameCollisionFoundLateRollsBackTheFilesAlreadyMoved() throws Exception {
		CorpusImport plan = check(UnknownTypes.ADD_TO_SCHEMA);
		// Another program adds b's annotation file between check and write: a.txt, a.glossator and b.txt are moved first.
		Files.writeString(corpus.resolve("b.glossator"), "theirs");
		Map<String, String> expected = contents(corpus);
		CorpusException refused = assertThrows(CorpusException.class, () -> plan.write(new NullProgressMonitor()));
		assertEquals(corpus.resolve("b.glossator"), refused.getPath());
		assertTrue(refused.getMessage().contains("nothing was added, the corpus is as it was"), refused.getMessage());
		assertEquals(expected, contents(corpus), "the moved files are gone again, theirs is untouched, the schema unchanged");
	}

	@Test
	void schemaThatCannotBeReplacedRollsBackEveryDocument() throws Exception {
		CorpusImport plan = check(UnknownTypes.ADD_TO_SCHEMA);
		// A folder in the schema's place cannot be replaced by a file: the last step fails after every document moved.
		Files.delete(corpus.resolve("schema.xmi"));
		Files.createDirectories(corpus.resolve("schema.xmi").resolve("in-the-way"));
		Map<String, String> expected = contents(corpus);
		assertThrows(CorpusException.class, () -> plan.write(new NullProgressMonitor()));
		assertEquals(expected, contents(corpus));
	}

	@Test
	void cancellingEitherStepWritesNothing() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> CorpusImport.check(corpus, new BratImporter(), List.of(input.resolve("a.ann")),
				TypeMapping.NONE, UnknownTypes.DROP, cancelled));
		CorpusImport plan = check(UnknownTypes.ADD_TO_SCHEMA);
		assertThrows(OperationCanceledException.class, () -> plan.write(cancelled));
		assertEquals(before, contents(corpus));
	}

	/** Every file below the folder (hidden ones too) with its content; folders as "(folder)". */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(path -> !path.equals(folder)).toList()) {
				contents.put(folder.relativize(file).toString(), Files.isDirectory(file) ? "(folder)" : Files.readString(file));
			}
		}
		return contents;
	}

	private boolean hasTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(corpus)) {
			return files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"));
		}
	}
}
