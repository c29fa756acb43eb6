package org.glossator.io.dataset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glossator.io.LossReport;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.Corpus;
import org.glossator.model.DocumentStatus;

/** {@value DatasetExport#CARD}: a short dataset card for people, with the schema, the statistics and the export's settings. */
final class DatasetCard {

	private DatasetCard() {
	}

	static String markdown(Corpus corpus, DatasetSettings settings, DatasetResult result) {
		StringBuilder card = new StringBuilder("# ").append(corpus.getName()).append("\n\n");
		card.append("Exported by Glossator from the corpus *").append(corpus.getName()).append("*.\n\n");
		card.append("## Settings\n\n");
		card.append("- Documents with the status: ").append(DocumentStatus.VALUES.stream().filter(settings.statuses()::contains)
				.map(DocumentStatus::getLiteral).collect(Collectors.joining(", "))).append('\n');
		card.append("- Formats: ").append(String.join(", ", settings.formats())).append('\n');
		card.append("- Annotations: ").append(settings.includeProposals() ? "accepted and proposed (pre-annotations not yet reviewed)"
				: "accepted only").append('\n');
		result.choices().forEach((format, choices) -> new TreeMap<>(choices).forEach((name, value) -> card.append("- ").append(format)
				.append(": ").append(name).append(' ').append(value).append('\n')));
		card.append("- Split by document with seed ").append(settings.seed()).append(": train ").append(settings.train()).append(", dev ")
				.append(settings.dev()).append(", test ").append(settings.test()).append("\n\n");
		card.append("## Schema\n\n| Type | Kind | Attributes | Description |\n| --- | --- | --- | --- |\n");
		Stream.of(corpus.getSchema().getEntityTypes(), corpus.getSchema().getEventTypes(), corpus.getSchema().getRelationTypes())
				.flatMap(List::stream).forEach(type -> card.append(row(type)));
		card.append("\n## Statistics\n\n| | ").append(Stream.of(Split.values()).map(Split::folder).collect(Collectors.joining(" | ")))
				.append(" |\n| --- | --- | --- | --- |\n");
		card.append("| documents | ").append(Stream.of(Split.values()).map(split -> String.valueOf(result.documents().get(split).size()))
				.collect(Collectors.joining(" | "))).append(" |\n");
		TreeSet<String> types = new TreeSet<>();
		result.counts().values().forEach(counts -> types.addAll(counts.keySet()));
		for (String type : types) {
			card.append("| ").append(type).append(" | ").append(Stream.of(Split.values())
					.map(split -> String.valueOf(result.counts().get(split).getOrDefault(type, 0))).collect(Collectors.joining(" | ")))
					.append(" |\n");
		}
		card.append("\n## What the formats could not carry\n\n");
		for (Map.Entry<String, LossReport> format : result.losses().entrySet()) {
			Map<String, Integer> reasons = format.getValue().countsByReason();
			card.append("- ").append(format.getKey()).append(": ").append(reasons.isEmpty() ? "nothing"
					: reasons.entrySet().stream().map(reason -> reason.getValue() + " x " + reason.getKey()).collect(Collectors.joining("; ")))
					.append(" (per document: `").append(DatasetExport.LOSSES).append('/').append(format.getKey()).append(".txt`)\n");
		}
		return card.toString();
	}

	private static String row(AnnotationType type) {
		String attributes = type.getAttributes().stream().map(AttributeDefinition::getName).collect(Collectors.joining(", "));
		return "| " + type.getName() + " | " + type.eClass().getName().replace("Type", "").toLowerCase() + " | " + attributes + " | "
				+ (type.getDescription() == null ? "" : type.getDescription()) + " |\n";
	}
}
