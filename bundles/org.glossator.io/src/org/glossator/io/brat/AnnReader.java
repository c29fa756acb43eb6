package org.glossator.io.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.core.internal.store.SourceText;
import org.glossator.io.ImportException;
import org.glossator.io.TypeResolver;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Reads one .ann file against its text and a schema. Every line is checked (offsets
 * within the text, the text field equal to what the offsets cover, known types, unique
 * ids, references to ids of the file) before the document is built, so a broken file
 * yields an exception and no document. Fragments that only line breaks or tabs separate are
 * joined again, undoing what {@link AnnWriter} and brat do with spans across lines.
 */
final class AnnReader {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	/** A line that defines an annotation, with what it refers to, kept until every line is read. */
	private record Line(int number, String id, String[] fields) {
	}

	private final SourceLines ann;
	private final String text;
	private final CodePointOffsets offsets;
	private final TypeResolver types;
	/** Types that E lines name: text-bound annotations of these types are triggers, even where the schema lacks them. */
	private final Set<String> eventTypeNames = new HashSet<>();
	private final Map<String, Line> lines = new HashMap<>();
	private final Map<String, Annotation> annotations = new HashMap<>();
	private final Map<String, List<Span>> triggers = new HashMap<>();
	private final Set<String> usedTriggers = new HashSet<>();
	/** Annotations by the line that defines them, so the document lists them in file order. */
	private final Map<Integer, Annotation> inFileOrder = new TreeMap<>();
	private final List<Loss> notCarried = new ArrayList<>();

	AnnReader(SourceLines ann, String text, TypeResolver types) {
		this.ann = ann;
		this.text = text;
		this.offsets = new CodePointOffsets(text);
		this.types = types;
	}

	List<Loss> notCarried() {
		return notCarried;
	}

	Document read(String textName, SourceText source) throws ImportException {
		List<Line> ordered = parseLines();
		ordered.stream().filter(line -> line.id.startsWith("E")).forEach(line -> eventTypeNames.add(line.fields[1].strip().split("[ :]")[0]));
		for (Line line : ordered) {
			if (line.id.startsWith("T")) {
				readTextBound(line);
			}
		}
		for (Line line : ordered) {
			switch (line.id.charAt(0)) {
				case 'E' -> readEvent(line);
				case 'R' -> readRelation(line);
				default -> { /* text-bound annotations were read above, attributes and references follow */ }
			}
		}
		for (Line line : ordered) {
			switch (line.id.charAt(0)) {
				case 'E' -> readArguments(line);
				case 'R' -> readEnds(line);
				case 'A', 'M' -> readAttribute(line);
				default -> { /* nothing refers onwards */ }
			}
		}
		triggers.keySet().stream().filter(id -> !usedTriggers.contains(id)).sorted()
				.forEach(id -> notCarried.add(new Loss(id, "trigger without event")));
		Document document = FACTORY.createDocument();
		document.setTextPath(textName);
		document.setTextHash(source.sha256());
		document.setText(text);
		document.getAnnotations().addAll(inFileOrder.values());
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(document));
		if (!errors.isEmpty()) {
			throw new ImportException(ann.file(), 0, errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
		}
		return document;
	}

	private List<Line> parseLines() throws ImportException {
		List<Line> parsed = new ArrayList<>();
		List<String> all = ann.lines();
		for (int number = 1; number <= all.size(); number++) {
			String content = all.get(number - 1);
			if (content.isBlank()) {
				continue;
			}
			String[] fields = content.split("\t", 3);
			String id = fields[0];
			if (fields.length < 2 || id.isEmpty()) {
				throw ann.problem(number, "'" + SourceLines.abbreviate(content) + "' is not an annotation line: id, tab, annotation expected (truncated file?)");
			}
			switch (id.charAt(0)) {
				case 'T', 'E', 'R', 'A', 'M' -> {
					Line line = new Line(number, id, fields);
					Line previous = lines.putIfAbsent(id, line);
					if (previous != null) {
						throw ann.problem(number, "the id " + id + " is used twice, first on line " + previous.number);
					}
					parsed.add(line);
				}
				case '#' -> notCarried.add(new Loss(id + " " + fields[1], "annotator note"));
				case 'N' -> notCarried.add(new Loss(id + " " + fields[1], "normalization"));
				case '*' -> notCarried.add(new Loss(id + " " + fields[1], "equivalence"));
				default -> throw ann.problem(number, "the id " + id + " is of no kind brat knows (T, E, R, A, M, N, #, *)");
			}
		}
		return parsed;
	}

	private void readTextBound(Line line) throws ImportException {
		String[] typeAndOffsets = line.fields[1].split(" ", 2);
		AnnotationType type = type(line, typeAndOffsets[0], eventTypeNames.contains(typeAndOffsets[0]) ? EventType.class : AnnotationType.class);
		if (typeAndOffsets.length < 2) {
			throw ann.problem(line.number, line.id + " has no offsets");
		}
		if (line.fields.length < 3) {
			throw ann.problem(line.number, line.id + " has no text field after its offsets (truncated file?)");
		}
		List<Span> spans = new ArrayList<>();
		List<String> covered = new ArrayList<>();
		for (String fragment : typeAndOffsets[1].split(";")) {
			Span span = span(line, fragment);
			spans.add(span);
			covered.add(text.substring(span.getBegin(), span.getEnd()));
		}
		String expected = String.join(" ", covered);
		if (!expected.equals(line.fields[2])) {
			throw ann.problem(line.number, line.id + " has the text '" + SourceLines.abbreviate(line.fields[2]) + "', but its offsets cover '"
					+ SourceLines.abbreviate(expected) + "' (offsets not in code points, or the wrong .txt?)");
		}
		List<Span> joined = joinAcrossFragmentBreaks(spans);
		if (type instanceof EntityType) {
			EntityMention mention = FACTORY.createEntityMention();
			mention.getSpans().addAll(joined);
			define(line, mention, type);
		} else if (type instanceof EventType) {
			triggers.put(line.id, joined);
		} else {
			throw ann.problem(line.number, line.id + " has the relation type " + type.getName() + ", but covers text like an entity");
		}
	}

	private Span span(Line line, String fragment) throws ImportException {
		String[] beginAndEnd = fragment.split(" ");
		try {
			if (beginAndEnd.length != 2) {
				throw new IllegalArgumentException("'" + fragment + "' is not a pair of offsets");
			}
			int begin = Integer.parseInt(beginAndEnd[0]);
			int end = Integer.parseInt(beginAndEnd[1]);
			if (begin >= end) {
				throw new IllegalArgumentException("fragment " + fragment + " is empty or reversed");
			}
			Span span = FACTORY.createSpan();
			span.setBegin(offsets.toUtf16(begin));
			span.setEnd(offsets.toUtf16(end));
			return span;
		} catch (IllegalArgumentException e) {
			// NumberFormatException included
			throw ann.problem(line.number, line.id + ": " + e.getMessage());
		}
	}

	private List<Span> joinAcrossFragmentBreaks(List<Span> spans) {
		List<Span> joined = new ArrayList<>();
		for (Span span : spans) {
			Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.getEnd() <= span.getBegin() && onlyFragmentBreaks(last.getEnd(), span.getBegin())) {
				last.setEnd(span.getEnd());
			} else {
				joined.add(span);
			}
		}
		return joined;
	}

	private boolean onlyFragmentBreaks(int from, int to) {
		return text.substring(from, to).chars().allMatch(c -> AnnWriter.cutsFragments((char) c));
	}

	private void readEvent(Line line) throws ImportException {
		String[] parts = line.fields[1].strip().split(" ");
		String[] typeAndTrigger = keyAndValue(line, parts[0]);
		AnnotationType type = type(line, typeAndTrigger[0], EventType.class);
		List<Span> trigger = triggers.get(typeAndTrigger[1]);
		if (trigger == null) {
			throw ann.problem(line.number, line.id + " has the trigger " + typeAndTrigger[1] + ", which is no trigger of this file");
		}
		Line triggerLine = lines.get(typeAndTrigger[1]);
		if (!triggerLine.fields[1].startsWith(typeAndTrigger[0] + " ")) {
			throw ann.problem(line.number, line.id + " is an event of type " + type.getName() + ", but its trigger " + triggerLine.id
					+ " (line " + triggerLine.number + ") has another type");
		}
		usedTriggers.add(triggerLine.id);
		Event event = FACTORY.createEvent();
		trigger.forEach(span -> event.getSpans().add(EcoreUtil.copy(span)));
		define(line, event, type);
	}

	private void readArguments(Line line) throws ImportException {
		Event event = (Event) annotations.get(line.id);
		EventType type = (EventType) event.getType();
		String[] parts = line.fields[1].strip().split(" ");
		Set<String> roles = new HashSet<>();
		for (int i = 1; i < parts.length; i++) {
			roles.add(keyAndValue(line, parts[i])[0]);
		}
		for (int i = 1; i < parts.length; i++) {
			String[] roleAndFiller = keyAndValue(line, parts[i]);
			Argument argument = FACTORY.createArgument();
			argument.setRole(roleName(type, roleAndFiller[0], roles));
			argument.setFiller(referenced(line, roleAndFiller[1]));
			event.getArguments().add(argument);
		}
	}

	/**
	 * brat numbers repeated roles (Participant2); the number goes unless the schema has a role of that very name. A
	 * type the import adds has no roles yet: there the number goes when the event also has the role without it.
	 */
	private String roleName(EventType type, String bratRole, Set<String> rolesOfEvent) {
		String base = bratRole.replaceFirst("[0-9]+$", "");
		boolean exact = type.getRoles().stream().anyMatch(role -> role.getName().equals(bratRole));
		boolean numbered = type.getRoles().stream().anyMatch(role -> role.getName().equals(base))
				|| types.newTypes().contains(type) && !base.equals(bratRole) && rolesOfEvent.contains(base);
		return !exact && numbered ? base : bratRole;
	}

	private void readRelation(Line line) throws ImportException {
		String typeName = line.fields[1].strip().split(" ")[0];
		AnnotationType type = type(line, typeName, RelationType.class);
		define(line, FACTORY.createRelation(), type);
	}

	private void readEnds(Line line) throws ImportException {
		Relation relation = (Relation) annotations.get(line.id);
		String[] parts = line.fields[1].strip().split(" ");
		if (parts.length != 3) {
			throw ann.problem(line.number, line.id + " needs a type, Arg1:id and Arg2:id");
		}
		for (int i = 1; i < 3; i++) {
			String[] argument = keyAndValue(line, parts[i]);
			Annotation end = referenced(line, argument[1]);
			switch (argument[0]) {
				case "Arg1" -> relation.setSource(end);
				case "Arg2" -> relation.setTarget(end);
				default -> throw ann.problem(line.number, line.id + " has the argument " + argument[0] + "; relations have Arg1 and Arg2");
			}
		}
		if (relation.getSource() == null || relation.getTarget() == null) {
			throw ann.problem(line.number, line.id + " needs both Arg1 and Arg2");
		}
	}

	private void readAttribute(Line line) throws ImportException {
		String[] parts = line.fields[1].strip().split(" ");
		if (parts.length < 2 || parts.length > 3) {
			throw ann.problem(line.number, line.id + " needs an attribute name, an annotation id and at most one value");
		}
		AttributeValue value = FACTORY.createAttributeValue();
		value.setName(parts[0]);
		value.setValue(parts.length == 3 ? parts[2] : null);
		referenced(line, parts[1]).getAttributes().add(value);
	}

	private void define(Line line, Annotation annotation, AnnotationType type) {
		annotation.setId(line.id);
		annotation.setType(type);
		annotations.put(line.id, annotation);
		inFileOrder.put(line.number, annotation);
	}

	private Annotation referenced(Line line, String id) throws ImportException {
		Annotation annotation = annotations.get(id);
		if (annotation == null) {
			throw ann.problem(line.number, line.id + " refers to " + id + ", which is no annotation of this file");
		}
		return annotation;
	}

	private AnnotationType type(Line line, String name, Class<? extends AnnotationType> kind) throws ImportException {
		try {
			return types.resolve(name, kind);
		} catch (IllegalArgumentException e) {
			throw ann.problem(line.number, line.id + " has the type " + e.getMessage());
		}
	}

	private String[] keyAndValue(Line line, String pair) throws ImportException {
		int colon = pair.lastIndexOf(':');
		if (colon <= 0 || colon == pair.length() - 1) {
			throw ann.problem(line.number, line.id + ": '" + SourceLines.abbreviate(pair) + "' is not of the form Role:id");
		}
		return new String[] { pair.substring(0, colon), pair.substring(colon + 1) };
	}
}
