package org.glossator.io.tsv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.TypeResolver;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Reads one WebAnno TSV 3.x file into a document. The text is rebuilt from the
 * {@code #Text=} lines, each sentence placed at its first token's offset (with spaces in
 * between, as the format cannot record text between sentences), and every token's form is
 * checked against it. Span layers become entity mentions, or events when they have a slot
 * feature; relation layers relations; the type is the value of the feature {@code label}
 * or {@code value}, else of the first feature, else the layer's short name; the id that of
 * the feature {@code id} when there is one. Other features become attributes. Chains have no place in the model and are listed as not carried.
 */
final class TsvReader {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;
	private static final Pattern FORMAT = Pattern.compile("#FORMAT=WebAnno TSV 3\\.[0-9]+");
	private static final Pattern ROW_ID = Pattern.compile("[0-9]+-[0-9]+(\\.[0-9]+)?");
	private static final Pattern REFERENCE = Pattern.compile("([0-9]+-[0-9]+(?:\\.[0-9]+)?)(?:\\[([0-9]+)(?:_([0-9]+))?\\])?");

	/** A span annotation as the rows show it, until the document is built. */
	private static final class SpanRecord {
		final TsvLayer layer;
		final int line;
		final String firstRow;
		final int begin;
		int end;
		final Map<String, String> features = new LinkedHashMap<>();
		final List<String> roles = new ArrayList<>();
		final List<String> targets = new ArrayList<>();
		Annotation annotation;

		SpanRecord(TsvLayer layer, int line, String firstRow, int begin, int end) {
			this.layer = layer;
			this.line = line;
			this.firstRow = firstRow;
			this.begin = begin;
			this.end = end;
		}
	}

	private record RelationRecord(TsvLayer layer, int line, Map<String, String> features, String row, String source) {
	}

	private final SourceLines tsv;
	private final TypeResolver types;
	private final List<TsvLayer> layers = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private final List<SpanRecord> spans = new ArrayList<>();
	private final Map<String, SpanRecord> byLayerAndId = new HashMap<>();
	private final Map<String, List<SpanRecord>> byRow = new HashMap<>();
	private final List<RelationRecord> relations = new ArrayList<>();
	private final List<Loss> notCarried = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();

	TsvReader(SourceLines tsv, TypeResolver types) {
		this.tsv = tsv;
		this.types = types;
	}

	List<Loss> notCarried() {
		return notCarried;
	}

	Document read(String textName) throws ImportException {
		List<String> lines = tsv.lines();
		int number = 1;
		if (lines.isEmpty() || !FORMAT.matcher(lines.get(0)).matches()) {
			throw tsv.problem(1, "the file does not begin with #FORMAT=WebAnno TSV 3.x");
		}
		int columns = 0;
		for (number = 2; number <= lines.size() && lines.get(number - 1).startsWith("#T_"); number++) {
			String line = lines.get(number - 1);
			if (line.length() < 6 || line.charAt(5) != '=' || !List.of("SP", "CH", "RL").contains(line.substring(3, 5))) {
				throw tsv.problem(number, "'" + SourceLines.abbreviate(line) + "' is no layer declaration (#T_SP=, #T_CH= or #T_RL=)");
			}
			try {
				TsvLayer layer = TsvLayer.parse(line.substring(3, 5), line.substring(6), 3 + columns);
				layers.add(layer);
				columns += layer.columns();
			} catch (IllegalArgumentException e) {
				throw tsv.problem(number, e.getMessage());
			}
		}
		List<String> sentence = new ArrayList<>();
		boolean placed = false;
		for (; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			if (line.startsWith("#Text=")) {
				if (placed) {
					sentence.clear();
					placed = false;
				}
				sentence.add(line.substring("#Text=".length()));
			} else if (line.startsWith("#")) {
				continue; // #Sentence.id and comments
			} else if (!line.isEmpty()) {
				String[] fields = line.split("\t", -1);
				int fieldCount = fields.length > 3 + columns && fields[fields.length - 1].isEmpty() ? fields.length - 1 : fields.length;
				if (fieldCount != 3 + columns) {
					throw tsv.problem(number, "the row has " + fieldCount + " columns, the header declares " + (3 + columns) + " (truncated file?)");
				}
				try {
					int[] offsets = offsets(fields[0], fields[1]);
					if (!placed) {
						place(sentence, offsets[0]);
						placed = true;
					}
					checkForm(fields, offsets);
					readRow(number, fields, offsets);
				} catch (IllegalArgumentException e) {
					throw tsv.problem(number, e.getMessage());
				}
			}
		}
		if (!placed && !sentence.isEmpty()) {
			place(sentence, text.length());
		}
		return build(textName);
	}

	private int[] offsets(String id, String range) {
		if (!ROW_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("'" + SourceLines.abbreviate(id) + "' is no token id (sentence-token)");
		}
		String[] beginAndEnd = range.split("-", -1);
		if (beginAndEnd.length != 2) {
			throw new IllegalArgumentException("'" + SourceLines.abbreviate(range) + "' is no offset range (begin-end)");
		}
		int begin = Integer.parseInt(beginAndEnd[0]);
		int end = Integer.parseInt(beginAndEnd[1]);
		if (begin > end) {
			throw new IllegalArgumentException("the token " + id + " ends before it begins (" + range + ")");
		}
		return new int[] { begin, end };
	}

	/** Puts a sentence's text at the offset of its first token, after padding. */
	private void place(List<String> sentence, int offset) {
		if (offset < text.length()) {
			throw new IllegalArgumentException("the sentence begins at " + offset + ", inside the previous one, which ends at " + text.length());
		}
		text.append(" ".repeat(offset - text.length()));
		text.append(sentence.stream().map(TsvText::unescape).collect(Collectors.joining("\n")));
	}

	private void checkForm(String[] fields, int[] offsets) {
		if (offsets[1] > text.length()) {
			throw new IllegalArgumentException("the token " + fields[0] + " ends at " + offsets[1] + ", beyond its sentence's text ("
					+ text.length() + " UTF-16 code units so far)");
		}
		for (int offset : offsets) {
			if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
					&& Character.isHighSurrogate(text.charAt(offset - 1))) {
				throw new IllegalArgumentException("the token " + fields[0] + ": offset " + offset + " splits a surrogate pair");
			}
		}
		String covered = text.substring(offsets[0], offsets[1]);
		String form = TsvText.unescape(fields[2]);
		if (!covered.equals(form)) {
			throw new IllegalArgumentException("the token " + fields[0] + " is '" + SourceLines.abbreviate(form) + "', but its offsets "
					+ fields[1] + " cover '" + SourceLines.abbreviate(covered) + "' (offsets not in UTF-16 code units?)");
		}
	}

	private void readRow(int line, String[] fields, int[] offsets) {
		for (TsvLayer layer : layers) {
			switch (layer.kind()) {
				case "SP" -> readSpans(layer, line, fields, offsets);
				case "RL" -> readRelations(layer, line, fields);
				default -> {
					if (!fields[layer.firstColumn()].equals("_")) {
						notCarried.add(new Loss(fields[0] + " " + layer.name() + " " + fields[layer.firstColumn()], "coreference chain"));
					}
				}
			}
		}
	}

	private void readSpans(TsvLayer layer, int line, String[] fields, int[] offsets) {
		List<List<String>> columns = stackedColumns(layer, fields, layer.featureColumns() + (layer.slotTarget() != null ? 2 : 0));
		if (columns == null) {
			return;
		}
		for (int k = 0; k < columns.get(0).size(); k++) {
			TsvText.Item first = TsvText.Item.parse(columns.get(0).get(k));
			String key = layer.name() + "[" + first.id() + "]";
			SpanRecord record = first.id() >= 0 ? byLayerAndId.get(key) : null;
			if (record != null) {
				record.end = Math.max(record.end, offsets[1]);
				continue;
			}
			record = newRecord(layer, line, fields, offsets, columns, k);
			if (first.id() >= 0) {
				byLayerAndId.put(key, record);
			}
			spans.add(record);
			byRow.computeIfAbsent(fields[0], row -> new ArrayList<>()).add(record);
		}
	}

	private static SpanRecord newRecord(TsvLayer layer, int line, String[] fields, int[] offsets, List<List<String>> columns, int k) {
		SpanRecord record = new SpanRecord(layer, line, fields[0], offsets[0], offsets[1]);
		for (int f = 0; f < layer.features().size(); f++) {
			record.features.put(layer.features().get(f), value(TsvText.Item.parse(columns.get(f).get(k)).value()));
		}
		if (layer.slotTarget() != null) {
			String roles = columns.get(layer.featureColumns()).get(k);
			String targets = TsvText.Item.parse(columns.get(layer.featureColumns() + 1).get(k)).value();
			if (!roles.equals("*") && !roles.isEmpty()) {
				TsvText.split(roles, ';').forEach(role -> record.roles.add(TsvText.unescape(role)));
				record.targets.addAll(TsvText.split(columns.get(layer.featureColumns() + 1).get(k), ';'));
				if (record.roles.size() != record.targets.size()) {
					throw new IllegalArgumentException("the slot of " + layer.shortName() + " has " + record.roles.size() + " roles but "
							+ record.targets.size() + " targets");
				}
			} else if (!targets.equals("*") && !targets.equals("_") && !targets.isEmpty()) {
				throw new IllegalArgumentException("the slot of " + layer.shortName() + " has targets but no roles");
			}
		}
		return record;
	}

	private void readRelations(TsvLayer layer, int line, String[] fields) {
		List<List<String>> columns = stackedColumns(layer, fields, layer.featureColumns() + 1);
		if (columns == null) {
			return;
		}
		for (int k = 0; k < columns.get(0).size(); k++) {
			Map<String, String> features = new LinkedHashMap<>();
			for (int f = 0; f < layer.features().size(); f++) {
				features.put(layer.features().get(f), value(columns.get(f).get(k)));
			}
			relations.add(new RelationRecord(layer, line, features, fields[0], columns.get(layer.featureColumns()).get(k)));
		}
	}

	/** The stacked items of each of the layer's columns, all as many; null when the layer has nothing on this row. */
	private static List<List<String>> stackedColumns(TsvLayer layer, String[] fields, int count) {
		if (fields[layer.firstColumn()].equals("_")) {
			return null;
		}
		List<List<String>> columns = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			List<String> items = TsvText.split(fields[layer.firstColumn() + c], '|');
			if (!columns.isEmpty() && items.size() != columns.get(0).size()) {
				throw new IllegalArgumentException("the columns of " + layer.shortName() + " stack " + columns.get(0).size() + " and "
						+ items.size() + " annotations");
			}
			columns.add(items);
		}
		return columns;
	}

	/** A feature value: null for {@code *}, else unescaped. */
	private static String value(String escaped) {
		return escaped.equals("*") ? null : TsvText.unescape(escaped);
	}

	private Document build(String textName) throws ImportException {
		Document document = FACTORY.createDocument();
		document.setTextPath(textName);
		document.setText(text.toString());
		document.setTextHash(SourceText.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
		int entities = 0;
		int events = 0;
		for (SpanRecord record : spans) {
			if (record.begin == record.end) {
				notCarried.add(new Loss(record.firstRow + " " + record.layer.name() + " " + record.features, "zero-length annotation"));
				continue;
			}
			boolean event = record.layer.slotTarget() != null;
			Annotation annotation = event ? FACTORY.createEvent() : FACTORY.createEntityMention();
			annotation.setId(id(record.line, record.features, event ? "E" + ++events : "T" + ++entities));
			annotation.setType(type(record.line, record.layer, record.features, event ? EventType.class : EntityType.class));
			Span span = FACTORY.createSpan();
			span.setBegin(record.begin);
			span.setEnd(record.end);
			annotation.getSpans().add(span);
			attributes(annotation, record.layer, record.features);
			record.annotation = annotation;
			document.getAnnotations().add(annotation);
		}
		for (SpanRecord record : spans) {
			for (int i = 0; i < record.roles.size() && record.annotation != null; i++) {
				Argument argument = FACTORY.createArgument();
				argument.setRole(record.roles.get(i));
				argument.setFiller(resolve(record.line, record.targets.get(i), record.layer.slotTarget(), false));
				((Event) record.annotation).getArguments().add(argument);
			}
		}
		int number = 0;
		for (RelationRecord record : relations) {
			Relation relation = FACTORY.createRelation();
			relation.setId(id(record.line, record.features, "R" + ++number));
			relation.setType(type(record.line, record.layer, record.features, RelationType.class));
			attributes(relation, record.layer, record.features);
			Matcher source = reference(record.line, record.source);
			relation.setSource(resolve(record.line, source.group(1) + (source.group(2) == null || source.group(2).equals("0") ? "" : "[" + source.group(2) + "]"),
					record.layer.base(), true));
			String targetId = source.group(3);
			relation.setTarget(resolve(record.line, record.row + (targetId == null || targetId.equals("0") ? "" : "[" + targetId + "]"),
					record.layer.base(), true));
			document.getAnnotations().add(relation);
		}
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(document));
		if (!errors.isEmpty()) {
			throw new ImportException(tsv.file(), 0, errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
		}
		return document;
	}

	/** The annotation's id from the feature {@code id} when the file has it, else {@code generated}; unique either way. */
	private String id(int line, Map<String, String> features, String generated) throws ImportException {
		String id = features.getOrDefault(TsvLayers.ID, null);
		String chosen = id != null ? id : generated;
		if (!ids.add(chosen)) {
			throw tsv.problem(line, "the id " + chosen + " is used twice");
		}
		return chosen;
	}

	private Matcher reference(int line, String reference) throws ImportException {
		Matcher matcher = REFERENCE.matcher(reference);
		if (!matcher.matches()) {
			throw tsv.problem(line, "'" + SourceLines.abbreviate(reference) + "' is no reference to a token (sentence-token, [id])");
		}
		return matcher;
	}

	/** The annotation of {@code layerName} (any span layer for {@code uima.tcas.Annotation}) that {@code reference} names. */
	private Annotation resolve(int line, String reference, String layerName, boolean relationEnd) throws ImportException {
		Matcher matcher = reference(line, reference);
		if (matcher.group(3) != null && !relationEnd) {
			throw tsv.problem(line, "'" + reference + "' is a relation's reference, not a slot's");
		}
		boolean any = layerName.equals(TsvLayers.ANY_ANNOTATION);
		List<SpanRecord> candidates;
		if (matcher.group(2) != null) {
			candidates = byLayerAndId.entrySet().stream()
					.filter(entry -> entry.getKey().endsWith("[" + matcher.group(2) + "]") && (any || entry.getKey().equals(layerName + "[" + matcher.group(2) + "]")))
					.map(Map.Entry::getValue).toList();
		} else {
			candidates = byRow.getOrDefault(matcher.group(1), List.of()).stream()
					.filter(record -> any || record.layer.name().equals(layerName)).toList();
		}
		if (candidates.size() != 1) {
			throw tsv.problem(line, "'" + reference + "' names " + (candidates.isEmpty() ? "no" : candidates.size()) + " annotations of "
					+ layerName + (candidates.isEmpty() ? "" : " (a disambiguation id [N] is missing)"));
		}
		if (candidates.get(0).annotation == null) {
			throw tsv.problem(line, "'" + reference + "' names a zero-length annotation, which is not carried");
		}
		return candidates.get(0).annotation;
	}

	private AnnotationType type(int line, TsvLayer layer, Map<String, String> features, Class<? extends AnnotationType> kind)
			throws ImportException {
		String name = typeFeature(layer).map(features::get).orElse(null);
		String typeName = name != null ? name : layer.shortName();
		try {
			return types.resolve(typeName, kind);
		} catch (IllegalArgumentException e) {
			throw tsv.problem(line, layer.name() + " has the type " + e.getMessage());
		}
	}

	private static Optional<String> typeFeature(TsvLayer layer) {
		List<String> features = layer.features();
		return features.contains(TsvLayers.LABEL) ? Optional.of(TsvLayers.LABEL)
				: features.contains(TsvLayers.VALUE) ? Optional.of(TsvLayers.VALUE) : features.stream().findFirst();
	}

	private static void attributes(Annotation annotation, TsvLayer layer, Map<String, String> features) {
		String typeFeature = typeFeature(layer).orElse(null);
		features.forEach((name, value) -> {
			if (value != null && !name.equals(typeFeature) && !name.equals(TsvLayers.ID)) {
				AttributeValue attribute = FACTORY.createAttributeValue();
				attribute.setName(name);
				attribute.setValue(value);
				annotation.getAttributes().add(attribute);
			}
		});
	}
}
