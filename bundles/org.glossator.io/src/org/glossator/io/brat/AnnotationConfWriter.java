package org.glossator.io.brat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glossator.io.LossReport;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;

/**
 * Writes brat's annotation.conf for a schema. brat declares an attribute once, for all
 * the types that have it, so attributes of the same name must agree on their values; a
 * free-text attribute becomes a binary one, the closest brat has.
 */
final class AnnotationConfWriter {

	/** brat's word for "any type" in argument lists. */
	static final String ANY = "<ANY>";

	private final Schema schema;
	private final LossReport report;

	AnnotationConfWriter(Schema schema, LossReport report) {
		this.schema = schema;
		this.report = report;
	}

	String write() {
		StringBuilder conf = new StringBuilder("[entities]\n");
		schema.getEntityTypes().forEach(type -> conf.append(checkedName(type)).append('\n'));
		conf.append("\n[relations]\n");
		for (RelationType type : schema.getRelationTypes()) {
			conf.append(checkedName(type)).append("\tArg1:").append(names(type.getSourceTypes()))
					.append(", Arg2:").append(names(type.getTargetTypes()))
					.append(type.isSymmetric() ? ", <REL-TYPE>:symmetric" : "").append('\n');
		}
		conf.append("\n[events]\n");
		for (EventType type : schema.getEventTypes()) {
			conf.append(checkedName(type))
					.append(type.getRoles().stream().map(role -> role.getName() + cardinality(type, role) + ":" + names(role.getFillerTypes()))
							.collect(Collectors.joining(", ", type.getRoles().isEmpty() ? "" : "\t", "")))
					.append('\n');
		}
		conf.append("\n[attributes]\n");
		attributesByName().forEach((name, owners) -> conf.append(attributeLine(name, owners)).append('\n'));
		reportVisualProperties();
		return conf.toString();
	}

	private String attributeLine(String name, Map<AnnotationType, AttributeDefinition> owners) {
		List<String> values = owners.values().iterator().next().getValues();
		for (Map.Entry<AnnotationType, AttributeDefinition> owner : owners.entrySet()) {
			if (!owner.getValue().getValues().equals(values)) {
				report.add(LossReport.SCHEMA, owner.getKey().getName() + " attribute " + name + " " + owner.getValue().getValues(),
						"attribute values differ between types (brat declares them once; the first type's values are written)");
			}
			if (values.isEmpty()) {
				report.add(LossReport.SCHEMA, owner.getKey().getName() + " attribute " + name, "free-text attribute written as binary");
			}
		}
		return name + "\tArg:" + owners.keySet().stream().map(AnnotationType::getName).collect(Collectors.joining("|"))
				+ (values.isEmpty() ? "" : ", Value:" + String.join("|", values));
	}

	private Map<String, Map<AnnotationType, AttributeDefinition>> attributesByName() {
		Map<String, Map<AnnotationType, AttributeDefinition>> byName = new LinkedHashMap<>();
		allTypes().forEach(type -> type.getAttributes().forEach(
				definition -> byName.computeIfAbsent(definition.getName(), name -> new LinkedHashMap<>()).put(type, definition)));
		return byName;
	}

	/** brat's marks: none for exactly one, ? for at most one, * for any number, + for at least one. */
	private String cardinality(EventType type, Role role) {
		int min = role.getMinOccurs();
		int max = role.getMaxOccurs();
		if (min == 1 && max == 1) {
			return "";
		}
		if (min == 0 && max == 1) {
			return "?";
		}
		if (min == 0 && max < 0) {
			return "*";
		}
		if (min == 1 && max < 0) {
			return "+";
		}
		report.add(LossReport.SCHEMA, type.getName() + " role " + role.getName() + " " + min + ".." + (max < 0 ? "*" : max),
				"role cardinality other than ?, *, + or one (written as " + (min == 0 ? "*" : "+") + ")");
		return min == 0 ? "*" : "+";
	}

	/** Every name is written; a name DKPro's BratReader cannot read is reported, because exports are meant for such readers. */
	private String checkedName(AnnotationType type) {
		String name = type.getName();
		if (name.length() < 2 || !name.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
			report.add(LossReport.SCHEMA, name, "type name not ASCII of two or more characters (DKPro's BratReader cannot read it)");
		}
		return name;
	}

	private void reportVisualProperties() {
		allTypes().filter(type -> type.getColor() != null || type.getKey() != null || type.getDescription() != null)
				.forEach(type -> report.add(LossReport.SCHEMA, type.getName(), "colour, key and description (brat keeps them in visual.conf and kb.conf, not written)"));
	}

	private Stream<AnnotationType> allTypes() {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).flatMap(List::stream);
	}

	private static String names(List<? extends AnnotationType> types) {
		return types.isEmpty() ? ANY : types.stream().map(AnnotationType::getName).collect(Collectors.joining("|"));
	}
}
