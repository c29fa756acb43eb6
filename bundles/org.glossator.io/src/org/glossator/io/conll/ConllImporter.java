package org.glossator.io.conll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.TypeResolver;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.ManyDocumentsPerFile;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Span;

/**
 * Reads CoNLL token-per-line files: columns apart by spaces or tabs, the entity tag last, a
 * blank line between sentences, {@code -DOCSTART-} before each document. CoNLL keeps no
 * whitespace, so the text is rebuilt: tokens joined by one space, each sentence ending with
 * a line break. Tags are read as conlleval reads them, whatever the IOB variant: {@code B-}
 * starts a mention, {@code I-} continues one of its type and starts one after {@code O}, a
 * sentence break or another type. So IOB1 and IOB2 both read right, and an {@code I-} that
 * strict IOB2 would not allow is a mention, as the CoNLL scorer counts it.
 */
abstract class ConllImporter extends ManyDocumentsPerFile {

	static final String DOCSTART = "-DOCSTART-";
	private static final Pattern COLUMN_SEPARATOR = Pattern.compile("[ \t]+");
	private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");
	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	/** The column counts a token's line may have, the tag last. */
	abstract List<Integer> columnCounts();

	/** How a token's line looks, for messages. */
	abstract String layout();

	/** Each {@code -DOCSTART-} begins a document, and so do tokens before the first; several are named after the file and numbered. */
	@Override
	public List<ImportedDocument> importDocuments(Path file, TypeResolver types) throws ImportException {
		SourceLines source = SourceLines.read(file);
		List<String> lines = source.lines();
		// Many real files (and DKPro's readers) end the last sentence without a blank line or even a line break: that
		// last line is read like any other, and if it is broken, the message says the file may have been cut there.
		boolean unterminated = !lines.get(lines.size() - 1).isEmpty();
		int lineCount = unterminated ? lines.size() : lines.size() - 1;
		List<DocumentReader> readers = new ArrayList<>();
		DocumentReader current = null;
		for (int number = 1; number <= lineCount; number++) {
			// A byte order mark would otherwise hide the first -DOCSTART- inside a token.
			String line = strip(number == 1 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(number - 1));
			if (line.isEmpty()) {
				if (current != null) {
					current.endSentence();
				}
				continue;
			}
			String[] columns = COLUMN_SEPARATOR.split(line);
			if (columns[0].equals(DOCSTART)) {
				current = new DocumentReader();
				readers.add(current);
				continue;
			}
			if (!columnCounts().contains(columns.length)) {
				throw problem(source, number, unterminated, "the line has " + columns.length + (columns.length == 1 ? " column" : " columns") + ", not "
						+ layout() + ": \"" + SourceLines.abbreviate(line) + "\"");
			}
			String tag = columns[columns.length - 1];
			if (!TAG.matcher(tag).matches()) {
				throw problem(source, number, unterminated, "the tag \"" + SourceLines.abbreviate(tag) + "\" is none of O, B-type, I-type");
			}
			if (current == null) {
				current = new DocumentReader();
				readers.add(current);
			}
			try {
				current.token(columns[0], tag, number, types);
			} catch (IllegalArgumentException e) {
				throw problem(source, number, unterminated, "the tag " + tag + " has the type " + e.getMessage());
			}
		}
		if (readers.isEmpty()) {
			throw new ImportException(file, 0, "the file holds no document: no token and no " + DOCSTART + " line");
		}
		String stem = ExportFiles.stem(file);
		List<ImportedDocument> documents = new ArrayList<>();
		for (int i = 0; i < readers.size(); i++) {
			documents.add(types.imported(readers.get(i).document(readers.size() == 1 ? stem : stem + "-" + (i + 1)), List.of()));
		}
		return documents;
	}

	/** A broken last line without a line break may be a file cut short: the message says so. */
	private static ImportException problem(SourceLines source, int line, boolean unterminated, String problem) {
		return source.problem(line, unterminated && line == source.lines().size()
				? problem + "; the file ends inside this line, without a line break (truncated file?)" : problem);
	}

	/** Without the spaces and tabs around the columns. */
	private static String strip(String line) {
		int begin = 0;
		int end = line.length();
		while (begin < end && (line.charAt(begin) == ' ' || line.charAt(begin) == '\t')) {
			begin++;
		}
		while (end > begin && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
			end--;
		}
		return line.substring(begin, end);
	}

	/** One document's text and mentions, token by token. */
	private static final class DocumentReader {

		private final StringBuilder text = new StringBuilder();
		private final List<EntityMention> mentions = new ArrayList<>();
		private boolean inSentence;
		/** The mention the last token belongs to, or null after O or a sentence break. */
		private EntityMention open;

		void token(String token, String tag, int line, TypeResolver types) {
			if (inSentence) {
				text.append(' ');
			}
			inSentence = true;
			int begin = text.length();
			text.append(token);
			if (tag.equals("O")) {
				open = null;
				return;
			}
			String typeName = tag.substring(2);
			if (tag.charAt(0) == 'I' && open != null && open.getType().getName().equals(typeName)) {
				open.getSpans().get(0).setEnd(text.length());
				return;
			}
			open = FACTORY.createEntityMention();
			open.setId("T" + (mentions.size() + 1));
			open.setType(types.resolve(typeName, EntityType.class));
			Span span = FACTORY.createSpan();
			span.setBegin(begin);
			span.setEnd(text.length());
			open.getSpans().add(span);
			mentions.add(open);
		}

		void endSentence() {
			if (inSentence) {
				text.append('\n');
			}
			inSentence = false;
			open = null;
		}

		Document document(String name) {
			endSentence();
			Document document = FACTORY.createDocument();
			document.setTextPath(name + ".txt");
			document.setText(text.toString());
			document.setTextHash(SourceText.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
			document.getAnnotations().addAll(mentions);
			return document;
		}
	}
}
