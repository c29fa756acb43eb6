package org.glossator.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;

/**
 * Visits every document of a corpus. Documents that were not loaded before are loaded one
 * at a time and unloaded again, so a large corpus never sits in memory at once; documents
 * open elsewhere (in an editor) stay loaded.
 */
public final class EachDocument {

	public interface Visitor {
		void visit(Document document) throws IOException, CorpusException;
	}

	private EachDocument() {
	}

	public static void visit(CorpusStore store, Visitor visitor) throws IOException, CorpusException {
		for (Path textFile : store.textFiles()) {
			boolean wasLoaded = store.corpus().getDocuments().stream()
					.anyMatch(document -> textFile.getFileName().toString().equals(document.getTextPath()));
			Document document = store.load(textFile);
			try {
				visitor.visit(document);
			} finally {
				if (!wasLoaded) {
					store.unload(document);
				}
			}
		}
	}
}
