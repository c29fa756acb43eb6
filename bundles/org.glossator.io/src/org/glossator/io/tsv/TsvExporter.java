package org.glossator.io.tsv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.BreakIteratorTokenizer;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.internal.Token;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * WebAnno TSV 3.3, one {@code name.tsv} per document: entity mentions on the span layer
 * {@value TsvLayers#ENTITY}, events on {@value TsvLayers#EVENT} with their arguments as a
 * slot feature, relations between mentions on {@value TsvLayers#RELATION}; the type in the
 * feature {@code label}, the id in {@code id}, each attribute in a feature of its own. Offsets count UTF-16 code
 * units, as the format's own. Tokens are cut wherever an annotation begins or ends, so
 * every annotation covers whole tokens. What TSV cannot hold (discontinuous spans, spans
 * that begin or end on whitespace, relations with an event at an end, attributes without a
 * value, text before the first token) is reported.
 */
public final class TsvExporter implements Exporter {

	@Override
	public void exportSchema(Schema schema, Path folder, LossReport report) {
		// each file declares its layers in its header
	}

	@Override
	public void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException {
		String name = ExportFiles.baseName(document);
		ExportFiles.writeUtf8(folder.resolve(name + ".tsv"), new Writing(document, name, report).write());
	}

	/** The state of writing one document. */
	private static final class Writing {

		private final String text;
		private final String name;
		private final LossReport report;
		private final List<Annotation> spanned = new ArrayList<>();
		private final List<Relation> relations = new ArrayList<>();
		private final List<String> entityFeatures;
		private final List<String> eventFeatures;
		private final List<String> relationFeatures;
		private List<Token> tokens;
		/** The tokens each spanned annotation covers, as indices into {@link #tokens}. */
		private final Map<Annotation, List<Integer>> rowsOf = new HashMap<>();
		private final Map<Annotation, Integer> disambiguation = new HashMap<>();

		Writing(Document document, String name, LossReport report) {
			this.text = document.getText();
			this.name = name;
			this.report = report;
			for (Annotation annotation : AcceptedAnnotations.of(document, name, report)) {
				String label = AnnotationValidator.label(annotation);
				annotation.getAttributes().stream().filter(attribute -> attribute.getValue() == null)
						.forEach(attribute -> report.add(name, label + " " + attribute.getName(), "attribute without a value"));
				if (annotation instanceof Relation relation) {
					if (relation.getSource() instanceof EntityMention && relation.getTarget() instanceof EntityMention) {
						relations.add(relation);
					} else {
						report.add(name, label, "relation with an end that is not an entity mention");
					}
				} else if (annotation.getSpans().size() > 1) {
					report.add(name, label, "discontinuous span");
				} else if (onWhitespace(annotation.getSpans().get(0))) {
					report.add(name, label, "span beginning or ending on whitespace");
				} else {
					spanned.add(annotation);
				}
			}
			for (Relation relation : List.copyOf(relations)) {
				if (!spanned.contains(relation.getSource()) || !spanned.contains(relation.getTarget())) {
					report.add(name, AnnotationValidator.label(relation), "relation with an end not written");
					relations.remove(relation);
				}
			}
			spanned.stream().filter(Event.class::isInstance).forEach(event -> AcceptedAnnotations.arguments((Event) event).stream()
					.filter(argument -> !spanned.contains(argument.getFiller()))
					.forEach(argument -> report.add(name, AnnotationValidator.label(event) + " argument " + argument.getRole(),
							"argument filled by an annotation not written")));
			entityFeatures = features(spanned.stream().filter(EntityMention.class::isInstance));
			eventFeatures = features(spanned.stream().filter(Event.class::isInstance));
			relationFeatures = features(relations.stream());
		}

		private boolean onWhitespace(Span span) {
			return Character.isWhitespace(text.charAt(span.getBegin())) || Character.isWhitespace(text.charAt(span.getEnd() - 1));
		}

		/** {@code label}, {@code id}, then the attribute names of the annotations, sorted. */
		private static List<String> features(Stream<? extends Annotation> annotations) {
			TreeSet<String> attributes = annotations.flatMap(annotation -> annotation.getAttributes().stream())
					.filter(attribute -> attribute.getValue() != null).map(AttributeValue::getName)
					.collect(Collectors.toCollection(TreeSet::new));
			List<String> features = new ArrayList<>(List.of(TsvLayers.LABEL, TsvLayers.ID));
			features.addAll(attributes);
			return features;
		}

		String write() {
			NavigableSet<Integer> cuts = new TreeSet<>();
			spanned.forEach(annotation -> annotation.getSpans().forEach(span -> {
				cuts.add(span.getBegin());
				cuts.add(span.getEnd());
			}));
			tokens = BreakIteratorTokenizer.tokens(text, BreakIteratorTokenizer.sentenceEnds(text), cuts);
			assignRows();
			StringBuilder out = new StringBuilder(TsvLayers.FORMAT).append('\n');
			boolean typedSlots = spanned.stream().filter(Event.class::isInstance).flatMap(event -> ((Event) event).getArguments().stream())
					.allMatch(argument -> argument.getFiller() instanceof EntityMention);
			out.append("#T_SP=").append(TsvLayers.ENTITY).append(header(entityFeatures)).append('\n');
			out.append("#T_SP=").append(TsvLayers.EVENT).append(header(eventFeatures)).append('|').append(TsvLayers.ARGUMENTS).append('|')
					.append(typedSlots ? TsvLayers.ENTITY : TsvLayers.ANY_ANNOTATION).append('\n');
			out.append("#T_RL=").append(TsvLayers.RELATION).append(header(relationFeatures)).append("|BT_").append(TsvLayers.ENTITY)
					.append('\n');
			out.append('\n');
			assignDisambiguation(!typedSlots);
			if (!tokens.isEmpty() && !text.substring(0, tokens.get(0).begin()).isEmpty()) {
				report.add(name, "text before the first token (read back as spaces)", "text outside sentences");
			}
			writeBody(out);
			return out.toString();
		}

		private static String header(List<String> features) {
			return features.stream().map(feature -> "|" + feature).collect(Collectors.joining());
		}

		private void assignRows() {
			for (Annotation annotation : spanned) {
				Span span = annotation.getSpans().get(0);
				List<Integer> rows = new ArrayList<>();
				for (int i = 0; i < tokens.size(); i++) {
					if (tokens.get(i).begin() >= span.getBegin() && tokens.get(i).end() <= span.getEnd()) {
						rows.add(i);
					}
				}
				rowsOf.put(annotation, rows);
			}
		}

		/**
		 * Numbers the annotations a reader could not tell apart by row and layer: those over
		 * several tokens, those stacked on a row with another of their layer, and the targets
		 * of an untyped slot.
		 */
		private void assignDisambiguation(boolean untypedSlots) {
			Map<String, Integer> perRowAndLayer = new HashMap<>();
			spanned.forEach(annotation -> rowsOf.get(annotation)
					.forEach(row -> perRowAndLayer.merge(annotation.eClass().getName() + row, 1, Integer::sum)));
			for (Annotation annotation : spanned) {
				boolean stacked = rowsOf.get(annotation).stream().anyMatch(row -> perRowAndLayer.get(annotation.eClass().getName() + row) > 1);
				boolean slotTarget = untypedSlots && spanned.stream().filter(Event.class::isInstance)
						.anyMatch(event -> ((Event) event).getArguments().stream().anyMatch(argument -> argument.getFiller() == annotation));
				if (rowsOf.get(annotation).size() > 1 || stacked || slotTarget) {
					disambiguation.put(annotation, disambiguation.size() + 1);
				}
			}
		}

		private void writeBody(StringBuilder out) {
			for (int row = 0; row < tokens.size(); row++) {
				Token token = tokens.get(row);
				if (row == 0 || token.sentence() != tokens.get(row - 1).sentence()) {
					out.append('\n');
					int end = tokens.stream().filter(next -> next.sentence() > token.sentence()).findFirst().map(Token::begin).orElse(text.length());
					for (String line : text.substring(token.begin(), end).split("\n", -1)) {
						out.append("#Text=").append(TsvText.escapeSentenceLine(line)).append('\n');
					}
				}
				out.append(rowId(row)).append('\t').append(token.begin()).append('-').append(token.end()).append('\t')
						.append(TsvText.escapeValue(text.substring(token.begin(), token.end()))).append('\t');
				writeSpanColumns(row, EntityMention.class, entityFeatures, out);
				writeSpanColumns(row, Event.class, eventFeatures, out);
				writeSlotColumns(row, out);
				writeRelationColumns(row, out);
				out.append('\n');
			}
		}

		private List<Annotation> on(int row, Class<? extends Annotation> kind) {
			return spanned.stream().filter(kind::isInstance).filter(annotation -> rowsOf.get(annotation).contains(row)).toList();
		}

		private void writeSpanColumns(int row, Class<? extends Annotation> kind, List<String> features, StringBuilder out) {
			List<Annotation> here = on(row, kind);
			for (String feature : features) {
				out.append(here.isEmpty() ? "_"
						: here.stream().map(annotation -> value(annotation, feature) + suffix(annotation)).collect(Collectors.joining("|")));
				out.append('\t');
			}
		}

		private void writeSlotColumns(int row, StringBuilder out) {
			List<Annotation> events = on(row, Event.class);
			if (events.isEmpty()) {
				out.append("_\t_\t");
				return;
			}
			out.append(events.stream().map(event -> slots((Event) event, argument -> TsvText.escapeValue(argument.getRole())))
					.collect(Collectors.joining("|"))).append('\t');
			out.append(events.stream().map(event -> slots((Event) event, argument -> reference(argument.getFiller())))
					.collect(Collectors.joining("|"))).append('\t');
		}

		private String slots(Event event, Function<Argument, String> part) {
			List<Argument> arguments = AcceptedAnnotations.arguments(event).stream().filter(argument -> spanned.contains(argument.getFiller()))
					.toList();
			return arguments.isEmpty() ? "*" : arguments.stream().map(part).collect(Collectors.joining(";"));
		}

		/** A relation stands on the first row of its target, and names the first row of its source. */
		private void writeRelationColumns(int row, StringBuilder out) {
			List<Relation> here = relations.stream().filter(relation -> rowsOf.get(relation.getTarget()).get(0) == row).toList();
			for (String feature : relationFeatures) {
				out.append(here.isEmpty() ? "_" : here.stream().map(relation -> value(relation, feature)).collect(Collectors.joining("|")))
						.append('\t');
			}
			out.append(here.isEmpty() ? "_" : here.stream().map(relation -> {
				String source = rowId(rowsOf.get(relation.getSource()).get(0));
				Integer sourceId = disambiguation.get(relation.getSource());
				Integer targetId = disambiguation.get(relation.getTarget());
				return sourceId == null && targetId == null ? source
						: source + "[" + (sourceId == null ? 0 : sourceId) + "_" + (targetId == null ? 0 : targetId) + "]";
			}).collect(Collectors.joining("|"))).append('\t');
		}

		private static String value(Annotation annotation, String feature) {
			if (feature.equals(TsvLayers.LABEL)) {
				return TsvText.escapeValue(annotation.getType().getName());
			}
			if (feature.equals(TsvLayers.ID)) {
				return TsvText.escapeValue(annotation.getId());
			}
			return annotation.getAttributes().stream().filter(attribute -> attribute.getName().equals(feature) && attribute.getValue() != null)
					.findFirst().map(attribute -> TsvText.escapeValue(attribute.getValue())).orElse("*");
		}

		private String suffix(Annotation annotation) {
			Integer id = disambiguation.get(annotation);
			return id == null ? "" : "[" + id + "]";
		}

		private String reference(Annotation filler) {
			return rowId(rowsOf.get(filler).get(0)) + suffix(filler);
		}

		private String rowId(int row) {
			Token token = tokens.get(row);
			int first = row;
			while (first > 0 && tokens.get(first - 1).sentence() == token.sentence()) {
				first--;
			}
			return (token.sentence() + 1) + "-" + (row - first + 1);
		}
	}
}
