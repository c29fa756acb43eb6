package org.glossator.io;

import java.nio.file.Path;
import java.util.List;

import org.glossator.model.Schema;

/**
 * Reads documents of one format into the model. A document is read whole or not at
 * all: any problem throws an {@link ImportException} that names file, line and problem.
 * Annotation types come from a {@link TypeResolver}, which says how types the schema lacks
 * are treated; the methods that take a {@link Schema} refuse such types.
 */
public interface Importer {

	/**
	 * Reads the schema the format keeps beside its documents (brat's annotation.conf) in
	 * {@code folder}, or returns null when there is none.
	 */
	Schema importSchema(Path folder) throws ImportException;

	/**
	 * Reads the document stored in {@code file} (any of its files, e.g. the .txt or the .ann
	 * of a brat pair), with types from {@code types}, and returns it through
	 * {@link TypeResolver#imported}. The document's text is set, its text path is the name of
	 * its text file and its hash that of the text's bytes.
	 */
	ImportedDocument importDocument(Path file, TypeResolver types) throws ImportException;

	/**
	 * Reads every document stored in {@code file}: formats that hold many documents in one
	 * file (JSON lines) override this; all are read, or none.
	 */
	default List<ImportedDocument> importDocuments(Path file, TypeResolver types) throws ImportException {
		return List.of(importDocument(file, types));
	}

	/** {@link #importDocument(Path, TypeResolver)} with the types of {@code schema} only. */
	default ImportedDocument importDocument(Path file, Schema schema) throws ImportException {
		return importDocument(file, TypeResolver.strict(schema));
	}

	/** {@link #importDocuments(Path, TypeResolver)} with the types of {@code schema} only. */
	default List<ImportedDocument> importDocuments(Path file, Schema schema) throws ImportException {
		return importDocuments(file, TypeResolver.strict(schema));
	}
}
