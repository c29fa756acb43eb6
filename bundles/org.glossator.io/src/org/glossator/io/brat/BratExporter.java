package org.glossator.io.brat;

import java.io.IOException;
import java.nio.file.Path;

import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/**
 * brat standoff: {@code foo.txt} and {@code foo.ann} per document, {@code annotation.conf}
 * for the schema. Offsets count code points. What brat has no place for (status, origin,
 * confidence, attributes of relations, colours) is reported as lost.
 */
public final class BratExporter implements Exporter {

	public static final String CONF_FILE = "annotation.conf";

	@Override
	public void exportSchema(Schema schema, Path folder, LossReport report) throws IOException {
		ExportFiles.writeUtf8(folder.resolve(CONF_FILE), new AnnotationConfWriter(schema, report).write());
	}

	@Override
	public void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException {
		String name = ExportFiles.baseName(document);
		String ann = new AnnWriter(document, name, report).write();
		ExportFiles.writeUtf8(folder.resolve(name + ".txt"), document.getText());
		ExportFiles.writeUtf8(folder.resolve(name + ".ann"), ann);
	}
}
