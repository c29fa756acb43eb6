package org.glossator.io.tsv;

import java.nio.file.Path;

import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.TypeResolver;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/** Reads WebAnno TSV 3.x files, one document each; its text file is named after the .tsv file. */
public final class TsvImporter implements Importer {

	@Override
	public Schema importSchema(Path folder) {
		return null;
	}

	@Override
	public ImportedDocument importDocument(Path file, TypeResolver types) throws ImportException {
		String base = ExportFiles.stem(file);
		TsvReader reader = new TsvReader(SourceLines.read(file), types);
		Document document = reader.read(base + ".txt");
		return types.imported(document, reader.notCarried());
	}
}
