package org.glossator.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.GoldFixture.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold fixture is what its lists say, loads and validates, and is exhaustive for the names it marks. */
class GoldFixtureTest {

	@TempDir
	Path folder;

	@Test
	void annotationFileHoldsExactlyTheListedMentions() throws Exception {
		CorpusStore store = GoldFixture.open(folder);
		Document gold = store.load(Path.of(SampleCorpus.TEXT));
		List<Mention> stored = new ArrayList<>();
		for (Annotation annotation : gold.getAnnotations()) {
			assertTrue((annotation instanceof EntityMention || annotation instanceof Event) && annotation.getStatus() == AnnotationStatus.ACCEPTED
					&& annotation.getSpans().size() == 1, annotation.getId());
			stored.add(new Mention(annotation.getType().getName(), annotation.getSpans().get(0).getBegin(), annotation.getSpans().get(0).getEnd(),
					annotation instanceof Event));
		}
		assertEquals(GoldFixture.mentions(gold.getText()), stored);
		// Event arguments are not annotated, so the only findings may be warnings about roles that need some.
		Diagnostic validation = AnnotationValidator.validate(gold);
		assertEquals(List.of(), validation.getChildren().stream()
				.filter(finding -> finding.getSeverity() > Diagnostic.WARNING || !finding.getMessage().endsWith("[role-cardinality]"))
				.map(Diagnostic::getMessage).toList());
		System.out.println("Gold per type: " + stored.stream()
				.collect(Collectors.groupingBy(Mention::type, TreeMap::new, Collectors.counting())) + ", " + stored.size() + " in all");
	}

	@Test
	void spansAreTrimmedDistinctAndDisjoint() throws Exception {
		String text = SampleCorpus.text();
		List<Mention> mentions = GoldFixture.mentions(text);
		assertTrue(mentions.stream().filter(mention -> !mention.event()).count() > 150, "every entity mention, not a few");
		Set<String> entityTypes = Set.of("PER", "ORG", "GPE", "LOC", "DATE", "MONEY");
		Set<String> eventTypes = Set.of("Attack", "Offensive", "Airstrike", "Ceasefire", "Desertion", "Capture", "Withdrawal", "Meeting", "Flight");
		for (int i = 0; i < mentions.size(); i++) {
			Mention mention = mentions.get(i);
			String covered = text.substring(mention.begin(), mention.end());
			assertTrue((mention.event() ? eventTypes : entityTypes).contains(mention.type()), mention.toString());
			assertTrue(isWordEdge(covered.codePointAt(0)) && isWordEdge(covered.codePointBefore(covered.length())), covered);
			// each list in text order and not overlapping, so also no duplicates
			Mention previous = i == 0 ? null : mentions.get(i - 1);
			assertTrue(previous == null || previous.event() != mention.event() || previous.end() <= mention.begin(), covered + " at " + mention.begin());
		}
	}

	/** Every whole-word occurrence of a marked surface (case as written) lies in a gold mention: no name marked only some times. */
	@Test
	void everyOccurrenceOfAMarkedNameIsMarked() throws Exception {
		String text = SampleCorpus.text();
		List<Mention> mentions = GoldFixture.mentions(text).stream().filter(mention -> !mention.event()).toList();
		Set<String> surfaces = new HashSet<>();
		mentions.forEach(mention -> surfaces.add(text.substring(mention.begin(), mention.end())));
		List<String> unmarked = new ArrayList<>();
		for (String surface : surfaces) {
			for (int at = GoldFixture.nextWord(text, surface, 0); at >= 0; at = GoldFixture.nextWord(text, surface, at + 1)) {
				int begin = at;
				if (mentions.stream().noneMatch(mention -> mention.begin() <= begin && begin + surface.length() <= mention.end())) {
					unmarked.add(surface + " at " + at);
				}
			}
		}
		assertEquals(List.of(), unmarked);
	}

	private static boolean isWordEdge(int codePoint) {
		return Character.isLetterOrDigit(codePoint) || codePoint == '$';
	}
}
