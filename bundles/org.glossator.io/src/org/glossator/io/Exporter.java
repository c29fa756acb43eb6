package org.glossator.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.glossator.core.store.CorpusException;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/**
 * Writes documents in one format. Every file is written atomically, and whatever the
 * format cannot carry goes into the {@link LossReport}: an export is never silently
 * incomplete.
 */
public interface Exporter {

	/**
	 * Called once before anything is written, with the folder of the corpus the documents come
	 * from: exporters that follow a corpus's settings (CoNLL its pipeline's segmentation) read
	 * them here; the others ignore it.
	 */
	default void prepare(Path corpusFolder) throws CorpusException {
	}

	/**
	 * What this exporter chose, after {@link #prepare}, that shapes its files beyond the format itself (a CoNLL export:
	 * where its sentences and tokens come from: {@code segmentation} {@code engine} or {@code builtin}), by name; a
	 * dataset's manifest and card record it. Most formats choose nothing.
	 */
	default Map<String, String> choices() {
		return Map.of();
	}

	/**
	 * Writes what the format keeps once for a whole corpus (brat's annotation.conf, a UIMA
	 * type system) into {@code folder}; formats without such a file write nothing.
	 */
	void exportSchema(Schema schema, Path folder, LossReport report) throws IOException;

	/** Writes one document, with its text set and its types from {@code schema}, into {@code folder}. */
	void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException;

	/**
	 * Writes what the format keeps for all documents at once (a JSON lines file) into
	 * {@code folder}, after the last {@link #exportDocument}; formats with a file per
	 * document write nothing here.
	 */
	default void finish(Path folder, LossReport report) throws IOException {
	}
}
