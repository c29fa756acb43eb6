package org.glossator.uima;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;

/**
 * The hand-made gold of the sample document ({@code gold/}): every entity mention of the schema's types and every
 * event trigger, as the reviewable lists {@code 000_99a4f567e82471d6.gold.tsv} (entities) and
 * {@code 000_99a4f567e82471d6.events.tsv} (events), and as the annotation file {@code 000_99a4f567e82471d6.glossator}
 * that holds the lists' mentions at their offsets, entities first.
 */
public final class GoldFixture {

	private static final String ENTITIES = "gold/000_99a4f567e82471d6.gold.tsv";
	private static final String EVENTS = "gold/000_99a4f567e82471d6.events.tsv";
	private static final String ANNOTATIONS = "gold/000_99a4f567e82471d6.glossator";

	private GoldFixture() {
	}

	/** A typed stretch of the sample text: an entity mention or, if {@code event}, an event trigger. */
	public record Mention(String type, int begin, int end, boolean event) {
	}

	/** The sample corpus with the gold annotation file in place of the sample's own. */
	public static CorpusStore open(Path folder) throws IOException, CorpusException {
		SampleCorpus.copySchema(folder);
		Files.writeString(folder.resolve(SampleCorpus.TEXT), SampleCorpus.text(), StandardCharsets.UTF_8);
		try (InputStream in = resource(ANNOTATIONS)) {
			Files.copy(in, folder.resolve(ANNOTATIONS.substring(ANNOTATIONS.indexOf('/') + 1)));
		}
		return CorpusStore.open(folder);
	}

	/** The entity mentions, then the event triggers, of the lists at their offsets in {@code text}. */
	public static List<Mention> mentions(String text) throws IOException {
		List<Mention> mentions = new ArrayList<>(read(ENTITIES, text, false));
		mentions.addAll(read(EVENTS, text, true));
		return mentions;
	}

	/**
	 * A list's mentions at their offsets in {@code text}: each line's surface is looked for as a whole word after the
	 * previous line's mention, so a line names one occurrence and a wrong or misordered line fails here.
	 */
	private static List<Mention> read(String list, String text, boolean events) throws IOException {
		List<Mention> mentions = new ArrayList<>();
		int from = 0;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource(list), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != 2 || fields[1].isEmpty()) {
					throw new IllegalArgumentException(list + ":" + number + ": not TYPE<tab>surface: " + line);
				}
				int begin = nextWord(text, fields[1], from);
				if (begin < 0) {
					throw new IllegalArgumentException(list + ":" + number + ": \"" + fields[1] + "\" not found after offset " + from);
				}
				from = begin + fields[1].length();
				mentions.add(new Mention(fields[0], begin, from, events));
			}
		}
		return mentions;
	}

	/** The offset of the next occurrence of {@code word} at or after {@code from} not inside a longer word, or -1. */
	public static int nextWord(String text, String word, int from) {
		for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
					&& (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
				return at;
			}
		}
		return -1;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = GoldFixture.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException("missing test resource " + name);
		}
		return in;
	}
}
