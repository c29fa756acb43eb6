package org.glossator.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
