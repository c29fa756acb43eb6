package org.glossator.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.model.Document;

/** Where and how exporters write: UTF-8, atomically, named after the document's text. */
public final class ExportFiles {

	private ExportFiles() {
	}

	/** {@code foo} for the document of {@code foo.txt}. */
	public static String baseName(Document document) {
		String name = Path.of(document.getTextPath()).getFileName().toString();
		return name.endsWith(".txt") ? name.substring(0, name.length() - ".txt".length()) : name;
	}

	/** {@code foo} for {@code foo.ann}: the name a document's files share. */
	public static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	public static void writeUtf8(Path file, CharSequence content) throws IOException {
		byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.replace(file, out -> out.write(bytes));
	}
}
