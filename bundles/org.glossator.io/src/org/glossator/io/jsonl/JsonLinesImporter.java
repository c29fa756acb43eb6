package org.glossator.io.jsonl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.TypeResolver;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.ManyDocumentsPerFile;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Reads a JSON lines file, one document per non-blank line, all of them or none: a problem
 * on any line throws with the file and that line. Offsets count code points.
 */
abstract class JsonLinesImporter extends ManyDocumentsPerFile {

	/** A whole document sits on one line, so lines may be long; this keeps a runaway file from filling memory. */
	static final int MAX_LINE_LENGTH = 50_000_000;

	/** Document names become file names in a corpus: no paths, no control or reserved characters. */
	private static final Pattern FILE_NAME = Pattern.compile("(?!\\.)[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");

	@Override
	public List<ImportedDocument> importDocuments(Path file, TypeResolver types) throws ImportException {
		SourceLines lines = SourceLines.read(file, MAX_LINE_LENGTH);
		String base = ExportFiles.stem(file);
		Map<String, Integer> lineOfName = new HashMap<>();
		List<ImportedDocument> documents = new ArrayList<>();
		for (int number = 1; number <= lines.lines().size(); number++) {
			String line = lines.lines().get(number - 1);
			if (line.isBlank()) {
				continue;
			}
			ImportedDocument imported;
			try {
				imported = read(JsonLine.parse(line), base + "-" + number, types);
			} catch (IllegalArgumentException e) {
				throw lines.problem(number, e.getMessage());
			}
			String name = ExportFiles.baseName(imported.document());
			Integer first = lineOfName.putIfAbsent(name, number);
			if (first != null) {
				throw lines.problem(number, "the document name " + name + " is used twice, first on line " + first);
			}
			documents.add(imported);
		}
		return documents;
	}

	/**
	 * Reads one line's document; {@code fallbackName} names it when the line does not.
	 *
	 * @throws IllegalArgumentException with the problem, which the caller puts after file and line
	 */
	abstract ImportedDocument read(JsonObject object, String fallbackName, TypeResolver types);

	/** A document named {@code name} (its text file {@code name.txt}) with {@code text} and that text's hash. */
	static Document document(String name, String text) {
		if (!FILE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("the document name \"" + name
					+ "\" cannot name a file (no path, control or reserved characters, at most 200 characters)");
		}
		Document document = GlossatorFactory.eINSTANCE.createDocument();
		document.setTextPath(name + ".txt");
		document.setText(text);
		document.setTextHash(SourceText.sha256(text.getBytes(StandardCharsets.UTF_8)));
		return document;
	}

	/** @throws IllegalArgumentException when the document breaks the model's integrity rules */
	static void checkIntegrity(Document document) {
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(document));
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
		}
	}

	/** A span from code point offsets, checked against the text. */
	static Span span(CodePointOffsets offsets, int start, int end, String what) {
		if (start >= end) {
			throw new IllegalArgumentException(what + ": the span " + start + "-" + end + " is empty or reversed");
		}
		try {
			Span span = GlossatorFactory.eINSTANCE.createSpan();
			span.setBegin(offsets.toUtf16(start));
			span.setEnd(offsets.toUtf16(end));
			return span;
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
		}
	}

	/** The type of that name and kind. */
	static <T extends AnnotationType> T type(TypeResolver types, String name, Class<T> kind, String what) {
		try {
			return types.resolve(name, kind);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + " has the label " + e.getMessage(), e);
		}
	}
}
