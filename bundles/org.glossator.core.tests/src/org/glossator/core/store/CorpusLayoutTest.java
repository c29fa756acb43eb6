package org.glossator.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CorpusLayoutTest {

	private static final Path TEXT = Path.of("corpus", "news.en.txt");
	private static final Path ANNOTATIONS = Path.of("corpus", "news.en.glossator");

	@Test
	void annotationsLieBesideTheirText() {
		assertEquals(ANNOTATIONS, CorpusLayout.annotationFileOf(TEXT));
	}

	@Test
	void eitherFileOfADocumentLeadsToItsText() {
		assertEquals(TEXT, CorpusLayout.textFileOf(ANNOTATIONS));
		assertEquals(TEXT, CorpusLayout.textFileOf(TEXT));
	}

	@Test
	void previewsLieInTheirFolderNamedForTheVersionsOfBothFiles() {
		assertEquals(Path.of("corpus", ".glossator", "previews"), CorpusLayout.previewFolderOf(Path.of("corpus")));
		assertEquals("news.en.41234567-0000abcd-9f8e7d6c.preview", CorpusLayout.previewFileName(TEXT, 41_234_567, 0xabcd, 0x9f8e7d6c));
		assertTrue(CorpusLayout.isPreviewOf(TEXT, "news.en.41234567-0000abcd-9f8e7d6c.preview"));
	}

	@Test
	void aPreviewBelongsToOneTextOnly() {
		Path versioned = Path.of("corpus", "news.en.1-00000000-00000000.txt");
		String ofVersioned = CorpusLayout.previewFileName(versioned, 5, 1, 2);
		assertTrue(CorpusLayout.isPreviewOf(versioned, ofVersioned));
		assertFalse(CorpusLayout.isPreviewOf(TEXT, ofVersioned), "not news.en.txt's though its name begins the same");
		assertFalse(CorpusLayout.isPreviewOf(versioned, CorpusLayout.previewFileName(TEXT, 5, 1, 2)));
		assertFalse(CorpusLayout.isPreviewOf(Path.of("news.txt"), CorpusLayout.previewFileName(TEXT, 5, 1, 2)));
		assertFalse(CorpusLayout.isPreviewOf(Path.of("news.e..txt"), CorpusLayout.previewFileName(TEXT, 5, 1, 2)), "a name, not a pattern");
		assertFalse(CorpusLayout.isPreviewOf(TEXT, "news.en.glossator"));
		assertFalse(CorpusLayout.isPreviewOf(TEXT, ".news.en.5-00000001-00000002.preview.0f1e.tmp"), "a preview being written");

		assertEquals("news.en.1-00000000-00000000.txt", CorpusLayout.previewedTextName(ofVersioned), "the text a preview is of");
		assertEquals("news.en.txt", CorpusLayout.previewedTextName(CorpusLayout.previewFileName(TEXT, 5, 1, 2)));
		assertNull(CorpusLayout.previewedTextName(".news.en.5-00000001-00000002.preview.0f1e.tmp"));
		assertNull(CorpusLayout.previewedTextName("news.en.glossator"));
	}
}
