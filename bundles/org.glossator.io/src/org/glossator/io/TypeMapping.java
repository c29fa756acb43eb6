package org.glossator.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossator.io.internal.SourceLines;

/**
 * Which schema type a foreign annotation type becomes on import, read from a mapping file of UTF-8 lines:
 *
 * <pre>
 * # comments and blank lines are ignored
 * PERSON -&gt; PER                                                      a label (brat, TSV, JSON lines) or a UIMA type
 * de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity/value=ORG -&gt; ORG   a type with one value of a feature
 * de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity/value -&gt; *      the feature's value is the label
 * de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token -&gt; -        dropped (listed as not carried)
 * </pre>
 *
 * The most specific rule wins: {@code type/feature=value}, then {@code type/feature -> *} (when the feature has a
 * value), then {@code type}. A label that {@code *} gives, and a name no rule names, are looked up in the schema as
 * they are. Features exist in UIMA XMI only; other formats look up {@code type} rules alone.
 */
public final class TypeMapping {

	/** Maps nothing: every name is looked up as it is. */
	public static final TypeMapping NONE = new TypeMapping(null, Map.of(), Map.of(), Map.of());

	/** The target that stands for "the feature's value". */
	public static final String FROM_FEATURE = "*";
	/** The target that drops the annotations of a type. */
	public static final String DROP = "-";

	private static final Pattern RULE = Pattern.compile("\\s*([^\\s/=]+)(?:/([^\\s/=]+)(?:=(\\S+))?)?\\s*->\\s*(\\S+)\\s*");

	private final Path file;
	private final Map<String, String> byType;
	/** type -&gt; feature whose value is the label. */
	private final Map<String, String> byFeature;
	/** type -&gt; feature -&gt; value -&gt; target. */
	private final Map<String, Map<String, Map<String, String>>> byValue;

	private TypeMapping(Path file, Map<String, String> byType, Map<String, String> byFeature,
			Map<String, Map<String, Map<String, String>>> byValue) {
		this.file = file;
		this.byType = byType;
		this.byFeature = byFeature;
		this.byValue = byValue;
	}

	/** Reads a mapping file; a line that is no rule, or a rule given twice, throws with the file and line. */
	public static TypeMapping read(Path file) throws ImportException {
		SourceLines lines = SourceLines.read(file);
		Map<String, String> byType = new HashMap<>();
		Map<String, String> byFeature = new HashMap<>();
		Map<String, Map<String, Map<String, String>>> byValue = new HashMap<>();
		Map<String, Integer> lineOfRule = new HashMap<>();
		for (int number = 1; number <= lines.lines().size(); number++) {
			String line = lines.lines().get(number - 1);
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			Matcher rule = RULE.matcher(line);
			if (!rule.matches()) {
				throw lines.problem(number, "'" + SourceLines.abbreviate(line)
						+ "' is no mapping rule: type -> Target, type/feature=value -> Target or type/feature -> * expected");
			}
			String type = rule.group(1);
			String feature = rule.group(2);
			String value = rule.group(3);
			String target = rule.group(4);
			String key = feature == null ? type : type + "/" + feature + (value == null ? "" : "=" + value);
			Integer first = lineOfRule.putIfAbsent(key, number);
			if (first != null) {
				throw lines.problem(number, key + " is mapped twice, first on line " + first);
			}
			boolean fromFeature = target.equals(FROM_FEATURE);
			if (fromFeature != (feature != null && value == null)) {
				throw lines.problem(number, fromFeature ? "* takes the label from a feature: write type/feature -> *"
						: "type/feature needs =value, or * as its target");
			}
			if (feature == null) {
				byType.put(type, target);
			} else if (value == null) {
				if (byFeature.putIfAbsent(type, feature) != null) {
					throw lines.problem(number, type + " takes its label from two features");
				}
			} else {
				byValue.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent(feature, k -> new HashMap<>()).put(value, target);
			}
		}
		return new TypeMapping(file, Map.copyOf(byType), Map.copyOf(byFeature), Map.copyOf(byValue));
	}

	/** The mapping file, or null for {@link #NONE}. */
	public Path file() {
		return file;
	}

	/**
	 * The name to look up for an annotation of a foreign type.
	 *
	 * @param features the annotation's feature values by feature name (null when absent)
	 * @return the schema type's name, {@link #DROP}, or empty when no rule applies (the foreign name is used)
	 */
	public Optional<String> target(String foreignType, UnaryOperator<String> features) {
		for (Map.Entry<String, Map<String, String>> feature : byValue.getOrDefault(foreignType, Map.of()).entrySet()) {
			String target = feature.getValue().get(features.apply(feature.getKey()));
			if (target != null) {
				return Optional.of(target);
			}
		}
		String labelFeature = byFeature.get(foreignType);
		String label = labelFeature == null ? null : features.apply(labelFeature);
		if (label != null && !label.isBlank()) {
			return Optional.of(label);
		}
		return Optional.ofNullable(byType.get(foreignType));
	}

	/** The features some rule reads for a foreign type: they are used up, not carried as attributes. */
	public List<String> featuresOf(String foreignType) {
		List<String> features = new ArrayList<>(byValue.getOrDefault(foreignType, Map.of()).keySet());
		String labelFeature = byFeature.get(foreignType);
		if (labelFeature != null && !features.contains(labelFeature)) {
			features.add(labelFeature);
		}
		return features;
	}
}
