package org.glossator.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;

/**
 * Exports a whole corpus in one format: the schema, then each document. Documents that
 * were not loaded before are loaded one at a time and unloaded again, so a large corpus
 * never sits in memory at once.
 */
public final class CorpusExport {

	private CorpusExport() {
	}

	/** @return what the format could not carry, per document */
	public static LossReport run(CorpusStore store, Exporter exporter, Path folder) throws CorpusException {
		LossReport report = new LossReport();
		try {
			Files.createDirectories(folder);
			exporter.exportSchema(store.corpus().getSchema(), folder, report);
			for (Path textFile : store.textFiles()) {
				boolean wasLoaded = store.corpus().getDocuments().stream()
						.anyMatch(document -> textFile.getFileName().toString().equals(document.getTextPath()));
				Document document = store.load(textFile);
				exporter.exportDocument(document, store.corpus().getSchema(), folder, report);
				if (!wasLoaded) {
					store.unload(document);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(folder, "Cannot export to " + folder + ": " + e, e);
		}
		return report;
	}
}
