package org.glossator.core.store;

import java.nio.file.Path;

import org.glossator.model.Document;

/**
 * Run in a child JVM by {@link AtomicSaveTest}: fills the corpus's only document with
 * {@link #MENTIONS} entity mentions and saves it over and over, printing
 * {@code saved <round>} after each save, until it is killed.
 */
public final class SaveLoop {

	static final int MENTIONS = 20_000;

	static final String WORD = "word ";

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		CorpusStore store = CorpusStore.open(Path.of(args[0]));
		Document document = store.load(store.textFiles().get(0));
		document.getAnnotations().clear();
		for (int i = 0; i < MENTIONS; i++) {
			CorpusFixture.mention(store, document, "T" + (i + 1), i % 2 == 0 ? "PER" : "ORG");
			document.getAnnotations().get(i).getSpans().add(CorpusFixture.span(i * WORD.length(), i * WORD.length() + 4));
		}
		for (int round = 1;; round++) {
			document.setLanguage("round-" + round);
			store.save(document);
			System.out.println("saved " + round);
		}
	}
}
