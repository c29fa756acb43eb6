package org.glossator.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an export could not carry, listed per document (and for the schema) and counted
 * per reason. Exporters add to it; an empty report means nothing was lost.
 */
public final class LossReport {

	/** The pseudo document under which schema-level losses are listed. */
	public static final String SCHEMA = "(schema)";

	/**
	 * One thing not carried.
	 *
	 * @param subject what was lost, e.g. {@code T3 (PER) 10-15}
	 * @param reason why, one short fixed phrase per kind of loss so that losses can be counted
	 */
	public record Loss(String subject, String reason) {
		@Override
		public String toString() {
			return subject + ": " + reason;
		}
	}

	private final Map<String, List<Loss>> byDocument = new LinkedHashMap<>();

	public void add(String document, String subject, String reason) {
		byDocument.computeIfAbsent(document, key -> new ArrayList<>()).add(new Loss(subject, reason));
	}

	public boolean isEmpty() {
		return byDocument.isEmpty();
	}

	/** The losses of one document (or of {@link #SCHEMA}), in the order they were found. */
	public List<Loss> of(String document) {
		return List.copyOf(byDocument.getOrDefault(document, List.of()));
	}

	/** Every document with losses, in the order they were exported. */
	public List<String> documents() {
		return List.copyOf(byDocument.keySet());
	}

	/** How many losses there are per reason, over all documents. */
	public Map<String, Integer> countsByReason() {
		Map<String, Integer> counts = new TreeMap<>();
		byDocument.values().forEach(losses -> losses.forEach(loss -> counts.merge(loss.reason(), 1, Integer::sum)));
		return counts;
	}

	/** A summary for people: counts per reason, then every loss per document. */
	@Override
	public String toString() {
		if (isEmpty()) {
			return "Nothing lost.";
		}
		String counts = countsByReason().entrySet().stream()
				.map(entry -> entry.getValue() + " x " + entry.getKey())
				.collect(Collectors.joining("\n  ", "Not carried:\n  ", "\n"));
		String details = byDocument.entrySet().stream()
				.map(entry -> entry.getKey() + ":" + entry.getValue().stream().map(Loss::toString)
						.collect(Collectors.joining("\n    ", "\n    ", "")))
				.collect(Collectors.joining("\n  ", "  ", ""));
		return counts + details;
	}
}
