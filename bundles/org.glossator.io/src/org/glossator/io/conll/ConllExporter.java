package org.glossator.io.conll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.glossator.core.store.CorpusException;
import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.BreakIteratorTokenizer;
import org.glossator.io.internal.EngineSegmenter;
import org.glossator.io.internal.TextSegmentation;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.Token;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * CoNLL-style token-per-line export of one entity layer: {@code foo.conll} per document.
 * CoNLL has one tag per token, so only continuous, non-overlapping mentions within one
 * sentence can be written; every other annotation is reported, never dropped silently.
 * Where several mentions overlap, the one that starts first (the longest, when they start
 * together) is kept; a mention crossing a sentence boundary is left out before that.
 * Sentences and tokens come from the {@link ConllSegmentation} chosen, or else the one the
 * corpus's pipeline implies ({@link #prepare}).
 */
public abstract class ConllExporter implements Exporter {

	/** Empty for every entity type. */
	private final Set<String> layer;
	/** Null until chosen or {@linkplain #prepare prepared}: then built in. */
	private ConllSegmentation segmentation;
	private EngineSegmenter engine;

	ConllExporter(Set<String> layer, ConllSegmentation segmentation) {
		this.layer = Set.copyOf(layer);
		this.segmentation = segmentation;
	}

	/** Chooses where sentences and tokens come from, whatever the corpus's pipeline; call before the export. */
	public void useSegmentation(ConllSegmentation chosen) {
		segmentation = chosen;
	}

	/** The segmentation the export uses. */
	public ConllSegmentation segmentation() {
		return segmentation == null ? ConllSegmentation.BUILTIN : segmentation;
	}

	/** {@code segmentation}: {@code engine} or {@code builtin}, as {@code --segmentation} names them. */
	@Override
	public Map<String, String> choices() {
		return Map.of("segmentation", segmentation().id());
	}

	/** Unless a segmentation was chosen, the corpus's: the engine's when its pipeline segments. */
	@Override
	public void prepare(Path corpusFolder) throws CorpusException {
		if (segmentation == null) {
			segmentation = ConllSegmentation.of(corpusFolder);
		}
	}

	@Override
	public void finish(Path folder, LossReport report) {
		if (engine != null) {
			engine.close();
			engine = null;
		}
	}

	private TextSegmentation segment(Document document) {
		if (segmentation() == ConllSegmentation.BUILTIN) {
			return BreakIteratorTokenizer.of(document.getText());
		}
		if (engine == null) {
			engine = new EngineSegmenter();
		}
		return engine.segment(document.getText(), document.getLanguage());
	}

	/** Text before the first sentence. */
	abstract String header();

	/** What a token's line holds between the token and its tag. */
	abstract String columnsBeforeTag();

	/** Whether a mention's first token is tagged B- (always in IOB2; in IOB1 only right after a mention of the same type). */
	abstract boolean beginsWithB(boolean followsSameType);

	@Override
	public void exportSchema(Schema schema, Path folder, LossReport report) {
		// CoNLL files carry their tags only; there is no schema file.
	}

	@Override
	public void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException {
		String name = ExportFiles.baseName(document);
		String text = document.getText();
		TextSegmentation segments = segment(document);
		List<Integer> sentenceEnds = segments.sentenceEnds();
		List<EntityMention> mentions = nonOverlapping(withinSentences(writableMentions(document, name, report), sentenceEnds, name, report), name, report);
		// The mentions are sorted and do not overlap, so their begins and ends come in order.
		int[] cuts = new int[2 * mentions.size()];
		for (int i = 0; i < mentions.size(); i++) {
			cuts[2 * i] = mentions.get(i).getSpans().get(0).getBegin();
			cuts[2 * i + 1] = mentions.get(i).getSpans().get(0).getEnd();
		}
		List<Token> tokens = segments.tokens(cuts);
		String[] tags = tags(mentions, tokens);
		StringBuilder conll = new StringBuilder(header());
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (i > 0 && token.sentence() != tokens.get(i - 1).sentence()) {
				conll.append('\n');
			}
			conll.append(text, token.begin(), token.end()).append(columnsBeforeTag()).append(tags[i]).append('\n');
		}
		ExportFiles.writeUtf8(folder.resolve(name + ".conll"), conll);
	}

	/** Mentions start and end on token boundaries, since tokens are cut there. */
	private String[] tags(List<EntityMention> mentions, List<Token> tokens) {
		String[] tags = new String[tokens.size()];
		Arrays.fill(tags, "O");
		String previousType = null;
		int previousLast = -2;
		for (EntityMention mention : mentions) {
			Span span = mention.getSpans().get(0);
			int first = firstToken(tokens, span.getBegin());
			int last = lastToken(tokens, span.getEnd());
			String type = mention.getType().getName();
			boolean followsSameType = first == previousLast + 1 && type.equals(previousType)
					&& tokens.get(first).sentence() == tokens.get(previousLast).sentence();
			tags[first] = (beginsWithB(followsSameType) ? "B-" : "I-") + type;
			for (int i = first + 1; i <= last; i++) {
				tags[i] = "I-" + type;
			}
			previousType = type;
			previousLast = last;
		}
		return tags;
	}

	/** The continuous, non-blank mentions of the layer; everything else is reported. */
	private List<EntityMention> writableMentions(Document document, String name, LossReport report) {
		List<EntityMention> mentions = new ArrayList<>();
		for (Annotation annotation : AcceptedAnnotations.of(document, name, report)) {
			if (!(annotation instanceof EntityMention mention)) {
				lose(report, name, annotation, annotation instanceof Event ? "event (CoNLL holds entities only)" : "relation (CoNLL holds entities only)");
			} else if (!layer.isEmpty() && !layer.contains(mention.getType().getName())) {
				lose(report, name, mention, "not in the chosen entity layer");
			} else if (mention.getSpans().size() != 1) {
				lose(report, name, mention, "discontinuous");
			} else if (document.getText().substring(mention.getSpans().get(0).getBegin(), mention.getSpans().get(0).getEnd()).isBlank()) {
				lose(report, name, mention, "covers only whitespace");
			} else {
				if (!mention.getAttributes().isEmpty()) {
					lose(report, name, mention, "attributes");
				}
				mentions.add(mention);
			}
		}
		return mentions;
	}

	private static List<EntityMention> withinSentences(List<EntityMention> mentions, List<Integer> sentenceEnds, String name, LossReport report) {
		List<EntityMention> within = new ArrayList<>();
		for (EntityMention mention : mentions) {
			Span span = mention.getSpans().get(0);
			if (sentenceEndsWithin(sentenceEnds, span)) {
				lose(report, name, mention, "crosses a sentence boundary");
			} else {
				within.add(mention);
			}
		}
		return within;
	}

	/** Whether a sentence ends inside the span: a binary search, since a scan of every sentence per mention is quadratic. */
	private static boolean sentenceEndsWithin(List<Integer> sentenceEnds, Span span) {
		int found = Collections.binarySearch(sentenceEnds, span.getBegin() + 1);
		int firstEndAfterBegin = found >= 0 ? found : -found - 1;
		return firstEndAfterBegin < sentenceEnds.size() && sentenceEnds.get(firstEndAfterBegin) < span.getEnd();
	}

	/** By start, longest first; a mention that overlaps one kept before it is reported. */
	private static List<EntityMention> nonOverlapping(List<EntityMention> mentions, String name, LossReport report) {
		List<EntityMention> sorted = new ArrayList<>(mentions);
		sorted.sort(Comparator.<EntityMention>comparingInt(mention -> mention.getSpans().get(0).getBegin())
				.thenComparing(Comparator.<EntityMention>comparingInt(mention -> mention.getSpans().get(0).getEnd()).reversed()));
		List<EntityMention> kept = new ArrayList<>();
		int keptEnd = 0;
		for (EntityMention mention : sorted) {
			if (mention.getSpans().get(0).getBegin() < keptEnd) {
				lose(report, name, mention, "nested in or overlapping another mention");
			} else {
				kept.add(mention);
				keptEnd = mention.getSpans().get(0).getEnd();
			}
		}
		return kept;
	}

	/** The first token that ends after {@code begin}. */
	private static int firstToken(List<Token> tokens, int begin) {
		return countLeading(tokens, token -> token.end() <= begin);
	}

	/** The last token that starts before {@code end}. */
	private static int lastToken(List<Token> tokens, int end) {
		return countLeading(tokens, token -> token.begin() < end) - 1;
	}

	/** How many tokens from the start satisfy {@code condition}, which holds for a prefix of the tokens only: a binary search. */
	private static int countLeading(List<Token> tokens, Predicate<Token> condition) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (condition.test(tokens.get(middle))) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static void lose(LossReport report, String document, Annotation annotation, String reason) {
		report.add(document, AnnotationValidator.label(annotation), reason);
	}
}
