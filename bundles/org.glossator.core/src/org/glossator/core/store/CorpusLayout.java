package org.glossator.core.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of a corpus folder: UTF-8 source texts {@code *.txt}, the schema in
 * {@code schema.xmi} at the root, and the annotations of {@code foo.txt} in
 * {@code foo.glossator} beside it. Annotation files refer to types by name, as in
 * {@code schema.xmi#PER}.
 */
public final class CorpusLayout {

	public static final String SCHEMA_FILE = "schema.xmi";

	public static final String TEXT_EXTENSION = ".txt";

	public static final String ANNOTATION_EXTENSION = ".glossator";

	private CorpusLayout() {
	}

	public static boolean isText(Path file) {
		return file.getFileName().toString().endsWith(TEXT_EXTENSION) && Files.isRegularFile(file);
	}

	/** {@code foo.glossator} beside {@code foo.txt}. */
	public static Path annotationFileOf(Path textFile) {
		String name = textFile.getFileName().toString();
		return textFile.resolveSibling(name.substring(0, name.length() - TEXT_EXTENSION.length()) + ANNOTATION_EXTENSION);
	}

	/** The source text of a document, given either of its files. */
	public static Path textFileOf(Path documentFile) {
		String name = documentFile.getFileName().toString();
		if (!name.endsWith(ANNOTATION_EXTENSION)) {
			return documentFile;
		}
		return documentFile.resolveSibling(name.substring(0, name.length() - ANNOTATION_EXTENSION.length()) + TEXT_EXTENSION);
	}
}
