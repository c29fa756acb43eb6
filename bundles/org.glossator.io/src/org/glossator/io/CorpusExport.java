package org.glossator.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.internal.EachDocument;

/** Exports a whole corpus in one format: the schema, then each document, one at a time. */
public final class CorpusExport {

	private CorpusExport() {
	}

	/** @return what the format could not carry, per document */
	public static LossReport run(CorpusStore store, Exporter exporter, Path folder) throws CorpusException {
		return run(store, exporter, folder, chosen -> {
		});
	}

	/** As {@link #run(CorpusStore, Exporter, Path)}, with {@code configure} called on the prepared exporter before it writes. */
	public static LossReport run(CorpusStore store, Exporter exporter, Path folder, Consumer<Exporter> configure) throws CorpusException {
		LossReport report = new LossReport();
		try {
			Files.createDirectories(folder);
			exporter.prepare(store.folder());
			configure.accept(exporter);
			exporter.exportSchema(store.corpus().getSchema(), folder, report);
			EachDocument.visit(store, document -> exporter.exportDocument(document, store.corpus().getSchema(), folder, report));
			exporter.finish(folder, report);
		} catch (IOException e) {
			throw new CorpusException(folder, "Cannot export to " + folder + ": " + e, e);
		}
		return report;
	}
}
