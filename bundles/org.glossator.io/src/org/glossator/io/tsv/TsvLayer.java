package org.glossator.io.tsv;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer declared in a TSV header, and where its columns are: a span layer has a column
 * per feature and two (role, target) for its slot feature; a chain layer two; a relation
 * layer a column per feature and one for the row of the relation's source.
 *
 * @param kind {@code SP}, {@code CH} or {@code RL}
 * @param features the features that are not slots, in column order
 * @param slotTarget the target type of the slot feature, or null when there is none
 * @param base a relation layer's base type, else null
 * @param firstColumn the index of the layer's first column after id, offsets and form
 */
record TsvLayer(String kind, String name, List<String> features, String slotTarget, String base, int firstColumn) {

	/** Reads one header line, e.g. {@code #T_SP=webanno.custom.Span|value}, whose columns begin at {@code firstColumn}. */
	static TsvLayer parse(String kind, String declaration, int firstColumn) {
		List<String> parts = TsvText.split(declaration, '|');
		String name = parts.get(0);
		if (name.isEmpty()) {
			throw new IllegalArgumentException("the layer has no name");
		}
		List<String> features = new ArrayList<>();
		String slotTarget = null;
		String base = null;
		for (int i = 1; i < parts.size(); i++) {
			String part = parts.get(i);
			if (part.startsWith("ROLE_")) {
				if (slotTarget != null || i + 1 >= parts.size()) {
					throw new IllegalArgumentException("the layer " + name + " declares a second slot feature or none's target type");
				}
				slotTarget = parts.get(++i);
			} else if (part.startsWith("BT_") && kind.equals("RL")) {
				base = part.substring("BT_".length());
			} else if (!part.isEmpty()) {
				features.add(part);
			}
		}
		if (kind.equals("RL") && base == null) {
			throw new IllegalArgumentException("the relation layer " + name + " names no base type (BT_...)");
		}
		return new TsvLayer(kind, name, List.copyOf(features), slotTarget, base, firstColumn);
	}

	/** Columns of feature values; a placeholder column when a layer has neither features nor a slot. */
	int featureColumns() {
		if (kind.equals("CH")) {
			return 2;
		}
		return features.isEmpty() && slotTarget == null ? 1 : features.size();
	}

	int columns() {
		return featureColumns() + (slotTarget != null ? 2 : 0) + (kind.equals("RL") ? 1 : 0);
	}

	String shortName() {
		return name.substring(name.lastIndexOf('.') + 1);
	}
}
