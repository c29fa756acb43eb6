package org.glossator.io.brat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.TypeResolver;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/** Reads brat standoff: a {@code .txt}/{@code .ann} pair per document, the schema from {@code annotation.conf}. */
public final class BratImporter implements Importer {

	@Override
	public Schema importSchema(Path folder) throws ImportException {
		Path conf = folder.resolve(BratExporter.CONF_FILE);
		if (!Files.isRegularFile(conf)) {
			return null;
		}
		Path name = folder.toAbsolutePath().getFileName();
		return AnnotationConfReader.read(SourceLines.read(conf), name == null ? "brat" : name.toString());
	}

	@Override
	public ImportedDocument importDocument(Path file, TypeResolver types) throws ImportException {
		String base = ExportFiles.stem(file);
		Path textFile = file.resolveSibling(base + ".txt");
		Path annFile = file.resolveSibling(base + ".ann");
		for (Path required : new Path[] { textFile, annFile }) {
			if (!Files.isRegularFile(required)) {
				throw new ImportException(required, 0, "missing: a brat document is a .txt and an .ann file of the same name");
			}
		}
		SourceText text = SourceLines.readText(textFile);
		AnnReader reader = new AnnReader(SourceLines.read(annFile), text.text(), types);
		Document document = reader.read(textFile.getFileName().toString(), text);
		return types.imported(document, reader.notCarried());
	}
}
