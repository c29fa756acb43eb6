package org.glossator.io.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossator.io.ImportException;
import org.glossator.io.internal.SchemaTypeLists;
import org.glossator.io.internal.SourceLines;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;

/**
 * Reads brat's annotation.conf into a new schema. Type hierarchies are flattened (brat's
 * indentation), abstract types ({@code !Name}) and {@code <OVERLAP>} rules are skipped;
 * macros are not supported and show up as unknown types.
 */
final class AnnotationConfReader {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;
	private static final Pattern ROLE = Pattern.compile("(.+?)(\\?|\\*|\\+|\\{(\\d+)(?:-(\\d*))?\\})?");

	private final SourceLines conf;
	private final Schema schema = FACTORY.createSchema();
	private final Map<String, AnnotationType> types = new LinkedHashMap<>();
	/** Type references are resolved after the whole file is read, since brat allows forward references. */
	private final List<Runnable> resolutions = new ArrayList<>();
	private ImportException unresolved;

	private AnnotationConfReader(SourceLines conf) {
		this.conf = conf;
	}

	static Schema read(SourceLines conf, String schemaName) throws ImportException {
		AnnotationConfReader reader = new AnnotationConfReader(conf);
		reader.schema.setName(schemaName);
		reader.readSections();
		for (Runnable resolution : reader.resolutions) {
			resolution.run();
			if (reader.unresolved != null) {
				throw reader.unresolved;
			}
		}
		return reader.schema;
	}

	private void readSections() throws ImportException {
		String section = null;
		List<String> lines = conf.lines();
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[")) {
				section = line;
				if (!List.of("[entities]", "[relations]", "[events]", "[attributes]").contains(section)) {
					throw conf.problem(number, "unknown section " + section + "; annotation.conf has [entities], [relations], [events] and [attributes]");
				}
				continue;
			}
			if (section == null) {
				throw conf.problem(number, "'" + line + "' comes before the first section");
			}
			if (line.startsWith("!") || line.startsWith("<")) {
				continue;
			}
			String[] nameAndArguments = line.split("\\s+", 2);
			String name = nameAndArguments[0];
			List<String> arguments = nameAndArguments.length < 2 ? List.of() : List.of(nameAndArguments[1].split("\\s*,\\s*"));
			switch (section) {
				case "[entities]" -> define(number, FACTORY.createEntityType(), name);
				case "[relations]" -> readRelation(number, name, arguments);
				case "[events]" -> readEvent(number, name, arguments);
				default -> readAttribute(number, name, arguments);
			}
		}
	}

	private void readRelation(int number, String name, List<String> arguments) throws ImportException {
		RelationType type = FACTORY.createRelationType();
		define(number, type, name);
		for (String argument : arguments) {
			String[] keyAndValue = keyAndValue(number, argument);
			switch (keyAndValue[0]) {
				case "Arg1" -> resolveLater(number, keyAndValue[1], type.getSourceTypes());
				case "Arg2" -> resolveLater(number, keyAndValue[1], type.getTargetTypes());
				case "<REL-TYPE>" -> type.setSymmetric(keyAndValue[1].contains("symmetric"));
				default -> throw conf.problem(number, "relation " + name + " has argument " + keyAndValue[0] + "; brat relations have Arg1 and Arg2");
			}
		}
	}

	private void readEvent(int number, String name, List<String> arguments) throws ImportException {
		EventType type = FACTORY.createEventType();
		define(number, type, name);
		for (String argument : arguments) {
			String[] keyAndValue = keyAndValue(number, argument);
			Matcher matcher = ROLE.matcher(keyAndValue[0]);
			matcher.matches();
			Role role = FACTORY.createRole();
			role.setName(matcher.group(1));
			String mark = matcher.group(2);
			role.setMinOccurs(mark == null || mark.equals("+") ? 1 : mark.startsWith("{") ? Integer.parseInt(matcher.group(3)) : 0);
			role.setMaxOccurs(mark == null || mark.equals("?") ? 1 : mark.startsWith("{") ? maxOccurs(matcher) : -1);
			resolveLater(number, keyAndValue[1], role.getFillerTypes());
			type.getRoles().add(role);
		}
	}

	/** {n} is exactly n, {n-m} at most m, {n-} no limit. */
	private static int maxOccurs(Matcher matcher) {
		String max = matcher.group(4);
		return max == null ? Integer.parseInt(matcher.group(3)) : max.isEmpty() ? -1 : Integer.parseInt(max);
	}

	private void readAttribute(int number, String name, List<String> arguments) throws ImportException {
		List<String> owners = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (String argument : arguments) {
			String[] keyAndValue = keyAndValue(number, argument);
			switch (keyAndValue[0]) {
				case "Arg" -> owners.addAll(List.of(keyAndValue[1].split("\\|")));
				case "Value" -> values.addAll(List.of(keyAndValue[1].split("\\|")));
				default -> throw conf.problem(number, "attribute " + name + " has argument " + keyAndValue[0] + "; brat attributes have Arg and Value");
			}
		}
		if (owners.isEmpty()) {
			throw conf.problem(number, "attribute " + name + " names no type in Arg:");
		}
		resolutions.add(() -> {
			for (String owner : owners) {
				AnnotationType type = resolve(number, owner);
				if (type == null) {
					return;
				}
				AttributeDefinition definition = FACTORY.createAttributeDefinition();
				definition.setName(name);
				definition.getValues().addAll(values);
				type.getAttributes().add(definition);
			}
		});
	}

	private void define(int number, AnnotationType type, String name) throws ImportException {
		if (types.putIfAbsent(name, type) != null) {
			throw conf.problem(number, "type " + name + " is defined twice; brat type names are unique across entities, relations and events");
		}
		type.setName(name);
		SchemaTypeLists.add(schema, type);
	}

	private String[] keyAndValue(int number, String argument) throws ImportException {
		int colon = argument.lastIndexOf(':');
		if (colon <= 0) {
			throw conf.problem(number, "'" + argument + "' is not of the form Key:Value");
		}
		return new String[] { argument.substring(0, colon), argument.substring(colon + 1) };
	}

	/** {@code <ANY>} leaves the list empty, which the model reads as "any type". */
	private void resolveLater(int number, String names, List<AnnotationType> into) {
		resolutions.add(() -> {
			for (String name : names.split("\\|")) {
				if (!name.equals(AnnotationConfWriter.ANY)) {
					AnnotationType type = resolve(number, name);
					if (type == null) {
						return;
					}
					into.add(type);
				}
			}
		});
	}

	private AnnotationType resolve(int number, String name) {
		AnnotationType type = types.get(name);
		if (type == null && unresolved == null) {
			unresolved = conf.problem(number, "type " + name + " is not defined in this file");
		}
		return type;
	}
}
