package org.glossator.io.jsonl;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/**
 * Writes all documents of an export into {@value #FILE}, one JSON object per line, once the
 * last document is done. Offsets count code points, as Python's string indices do, so
 * that training scripts can slice the text with them directly.
 */
abstract class JsonLinesExporter implements Exporter {

	static final String FILE = "documents.jsonl";

	private final List<String> lines = new ArrayList<>();

	@Override
	public void exportSchema(Schema schema, Path folder, LossReport report) {
		// the lines carry type names only; a dataset export writes the schema beside them
	}

	@Override
	public void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException {
		StringWriter line = new StringWriter();
		try (JsonWriter writer = new JsonWriter(line)) {
			writer.setHtmlSafe(false);
			writer.setSerializeNulls(true);
			write(document, ExportFiles.baseName(document), writer, report);
		}
		lines.add(line.toString());
	}

	/** Writes one document as one JSON object, reporting what the flavour cannot carry under {@code name}. */
	abstract void write(Document document, String name, JsonWriter writer, LossReport report) throws IOException;

	@Override
	public void finish(Path folder, LossReport report) throws IOException {
		StringBuilder content = new StringBuilder();
		lines.forEach(line -> content.append(line).append('\n'));
		ExportFiles.writeUtf8(folder.resolve(FILE), content);
		lines.clear();
	}
}
