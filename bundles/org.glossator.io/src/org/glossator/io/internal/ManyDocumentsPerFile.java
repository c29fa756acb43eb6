package org.glossator.io.internal;

import java.nio.file.Path;
import java.util.List;

import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.TypeResolver;
import org.glossator.model.Schema;

/** An importer of a format that keeps many documents in one file and no schema beside them (JSON lines, CoNLL). */
public abstract class ManyDocumentsPerFile implements Importer {

	@Override
	public Schema importSchema(Path folder) {
		return null;
	}

	/** The file's only document: a file that holds more (or none) is refused. */
	@Override
	public ImportedDocument importDocument(Path file, TypeResolver types) throws ImportException {
		List<ImportedDocument> documents = importDocuments(file, types);
		if (documents.size() != 1) {
			throw new ImportException(file, 0, "the file holds " + documents.size() + " documents, not one");
		}
		return documents.get(0);
	}

	@Override
	public abstract List<ImportedDocument> importDocuments(Path file, TypeResolver types) throws ImportException;
}
