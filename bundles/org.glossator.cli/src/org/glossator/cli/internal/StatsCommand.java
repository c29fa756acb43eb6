package org.glossator.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.internal.EachDocument;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.DocumentStatus;

/** Counts documents per status and annotations per type and status. */
final class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return "count documents per status and annotations per type and status";
	}

	@Override
	public String usage() {
		return """
				Usage: glossator stats --corpus <folder>
				Prints the number of documents per status, then a table of annotations per type:
				accepted, proposed and rejected.
				""";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus"), Set.of());
		CorpusStore store = CorpusStore.open(parsed.corpus());
		Map<DocumentStatus, Integer> documents = new EnumMap<>(DocumentStatus.class);
		Map<String, int[]> annotations = new TreeMap<>();
		try {
			EachDocument.visit(store, document -> {
				err.println("reading " + document.getTextPath());
				documents.merge(document.getStatus(), 1, Integer::sum);
				document.getAnnotations().forEach(annotation -> annotations
						.computeIfAbsent(annotation.getType().getName(), type -> new int[AnnotationStatus.VALUES.size()])[annotation.getStatus().getValue()]++);
			});
		} catch (IOException e) {
			throw new CorpusException(store.folder(), e.toString(), e);
		}
		out.println("documents: " + documents.values().stream().mapToInt(Integer::intValue).sum() + " ("
				+ DocumentStatus.VALUES.stream().map(status -> status.getLiteral() + " " + documents.getOrDefault(status, 0))
						.collect(Collectors.joining(", ")) + ")");
		out.println(String.format("%-20s %9s %9s %9s", "type", "accepted", "proposed", "rejected"));
		annotations.forEach((type, counts) -> out.println(String.format("%-20s %9d %9d %9d", type, counts[AnnotationStatus.ACCEPTED_VALUE],
				counts[AnnotationStatus.PROPOSED_VALUE], counts[AnnotationStatus.REJECTED_VALUE])));
		return Cli.OK;
	}
}
