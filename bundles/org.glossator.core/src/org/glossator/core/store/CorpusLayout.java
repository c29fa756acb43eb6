package org.glossator.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a corpus folder: UTF-8 source texts {@code *.txt}, the schema in
 * {@code schema.xmi} at the root, and the annotations of {@code foo.txt} in
 * {@code foo.glossator} beside it. Annotation files refer to types by name, as in
 * {@code schema.xmi#PER}.
 * <p>
 * The store also keeps <em>previews</em> in {@code .glossator/previews} below the corpus folder: for a large
 * annotation file, the annotations of the start of its text in a small file of the same form, which an editor shows
 * while the whole file loads. A preview's name says which versions of the annotation file and the text it was made
 * from (see {@link #previewFileName}), so an outdated one is never taken. The folder may be deleted at any time and
 * kept out of version control: the store writes a text's preview anew whenever it saves the text's annotations.
 * <p>
 * In {@code .glossator/recovery} an editor keeps the {@linkplain UnsavedChanges unsaved changes} of the documents it
 * has open, so that a crash loses at most the last seconds of work; a file there is removed once its changes are saved
 * or dismissed, so after a clean exit the folder is empty.
 */
public final class CorpusLayout {

	public static final String SCHEMA_FILE = "schema.xmi";

	public static final String TEXT_EXTENSION = ".txt";

	public static final String ANNOTATION_EXTENSION = ".glossator";

	private static final String PREVIEW_EXTENSION = ".preview";
	private static final String RECOVERY_EXTENSION = ".recovery";
	private static final String PREVIEW_VERSION = "\\.\\d{1,19}-[0-9a-f]{8}-[0-9a-f]{8}";
	private static final Pattern PREVIEW_NAME = Pattern.compile("(.+)" + PREVIEW_VERSION + Pattern.quote(PREVIEW_EXTENSION), Pattern.DOTALL);

	private CorpusLayout() {
	}

	public static boolean isText(Path file) {
		return file.getFileName().toString().endsWith(TEXT_EXTENSION) && Files.isRegularFile(file);
	}

	/** {@code foo.glossator} beside {@code foo.txt}. */
	public static Path annotationFileOf(Path textFile) {
		return textFile.resolveSibling(stem(textFile) + ANNOTATION_EXTENSION);
	}

	/** The source text of a document, given either of its files. */
	public static Path textFileOf(Path documentFile) {
		String name = documentFile.getFileName().toString();
		if (!name.endsWith(ANNOTATION_EXTENSION)) {
			return documentFile;
		}
		return documentFile.resolveSibling(name.substring(0, name.length() - ANNOTATION_EXTENSION.length()) + TEXT_EXTENSION);
	}

	/** {@code .glossator/previews} in a corpus folder. */
	public static Path previewFolderOf(Path corpusFolder) {
		return corpusFolder.resolve(".glossator").resolve("previews");
	}

	/** {@code .glossator/recovery} in a corpus folder. */
	public static Path recoveryFolderOf(Path corpusFolder) {
		return corpusFolder.resolve(".glossator").resolve("recovery");
	}

	/**
	 * The name of the unsaved changes to the annotations of one version of {@code foo.txt}:
	 * {@code foo.<the text's CRC32C>.recovery}, as eight lower-case hex digits; the text's version in the name keeps
	 * them off a text that has changed since.
	 */
	public static String recoveryFileName(Path textFile, int textCrc) {
		return String.format(Locale.ROOT, "%s.%08x%s", stem(textFile), textCrc, RECOVERY_EXTENSION);
	}

	/**
	 * The name of the preview of {@code foo.txt} made from one version of {@code foo.glossator} and of the text:
	 * {@code foo.<annotation file's length in bytes>-<its CRC32C>-<the text's CRC32C>.preview}, each CRC32C as eight
	 * lower-case hex digits, e.g. {@code foo.41234567-1a2b3c4d-9f8e7d6c.preview}. Not {@code .glossator}, which the
	 * workbench would offer to open in the annotation editor.
	 */
	public static String previewFileName(Path textFile, long annotationFileLength, int annotationFileCrc, int textCrc) {
		return String.format(Locale.ROOT, "%s.%d-%08x-%08x%s", stem(textFile), annotationFileLength, annotationFileCrc, textCrc, PREVIEW_EXTENSION);
	}

	/** Whether a file name is that of a preview of the text, of any version. */
	public static boolean isPreviewOf(Path textFile, String fileName) {
		// The version part has a fixed form, so foo's previews never match those of a text named foo.1-....txt.
		return Pattern.matches(Pattern.quote(stem(textFile)) + PREVIEW_VERSION + Pattern.quote(PREVIEW_EXTENSION), fileName);
	}

	/** The name of the text a preview's file name says it is of ({@code foo.txt}), or null for another file name. */
	static String previewedTextName(String fileName) {
		Matcher preview = PREVIEW_NAME.matcher(fileName);
		return preview.matches() ? preview.group(1) + TEXT_EXTENSION : null;
	}

	/** {@code foo} of {@code foo.txt}. */
	private static String stem(Path textFile) {
		String name = textFile.getFileName().toString();
		return name.substring(0, name.length() - TEXT_EXTENSION.length());
	}
}
