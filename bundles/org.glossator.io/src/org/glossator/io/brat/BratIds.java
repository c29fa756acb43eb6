package org.glossator.io.brat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.glossator.model.Annotation;
import org.glossator.model.Event;
import org.glossator.model.Relation;

/**
 * The brat ids of a document's annotations: an annotation keeps its own id when it is
 * already a brat id of its kind ({@code T7} for an entity, {@code E2} for an event,
 * {@code R1} for a relation), so a round trip keeps ids; the others, and event triggers,
 * get the next free number.
 */
final class BratIds {

	private static final Pattern BRAT_ID = Pattern.compile("[TER][1-9][0-9]*");

	private final Map<Annotation, String> ids = new HashMap<>();
	private final Map<Event, String> triggerIds = new HashMap<>();
	private final Set<String> taken = new HashSet<>();
	private final Map<Character, Integer> lastNumber = new HashMap<>();

	BratIds(List<Annotation> annotations) {
		for (Annotation annotation : annotations) {
			String id = annotation.getId();
			if (id != null && BRAT_ID.matcher(id).matches() && id.charAt(0) == prefix(annotation) && taken.add(id)) {
				ids.put(annotation, id);
			}
		}
		for (Annotation annotation : annotations) {
			ids.computeIfAbsent(annotation, this::fresh);
			if (annotation instanceof Event event) {
				triggerIds.put(event, fresh('T'));
			}
		}
	}

	String of(Annotation annotation) {
		return ids.get(annotation);
	}

	String triggerOf(Event event) {
		return triggerIds.get(event);
	}

	private String fresh(Annotation annotation) {
		return fresh(prefix(annotation));
	}

	private String fresh(char prefix) {
		String id;
		do {
			id = prefix + String.valueOf(lastNumber.merge(prefix, 1, Integer::sum));
		} while (!taken.add(id));
		return id;
	}

	private static char prefix(Annotation annotation) {
		return annotation instanceof Event ? 'E' : annotation instanceof Relation ? 'R' : 'T';
	}
}
