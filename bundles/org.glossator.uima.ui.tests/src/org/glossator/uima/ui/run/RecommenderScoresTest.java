package org.glossator.uima.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.uima.engines.RecommenderEvaluation;
import org.glossator.uima.engines.Score;
import org.glossator.uima.ui.tests.ModalDialogs;
import org.glossator.uima.ui.tests.Waiting;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.Test;

/** The Recommender Scores command shows what a cross-validation of the corpus's accepted annotations gives. */
class RecommenderScoresTest {

	@Test
	void showsTheScoresOfAHeadlessCrossValidationOfTheSameCorpus() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Recommender Scores")) {
			Path folder = fixture.project.getLocation().toPath();
			List<String> lines = splitIntoLines(folder);
			fixture.project.refreshLocal(IResource.DEPTH_INFINITE, null);

			CorpusStore store = CorpusStore.open(folder);
			List<Document> annotated = new ArrayList<>();
			for (Path text : store.textFiles()) {
				Document document = store.load(text);
				if (document.getAnnotations().stream().anyMatch(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)) {
					annotated.add(document);
				}
			}
			int folds = Math.min(5, annotated.size());
			Map<String, Score> expected = RecommenderEvaluation.crossValidate(annotated, folds);
			List<List<String>> expectedRows = new ArrayList<>();
			expected.forEach((type, score) -> {
				if (!type.equals("*")) {
					expectedRows.add(row(type, score));
				}
			});
			expectedRows.add(row("All types", expected.get("*")));
			assertTrue(expected.get("*").truePositives() > 0, "the lines teach the recommender something: " + expected);

			fixture.open(lines.get(0));
			AtomicBoolean closed = new AtomicBoolean();
			List<List<String>> shown = new ArrayList<>();
			StringBuilder summary = new StringBuilder();
			ModalDialogs.answer("Recommender Scores", () -> {
				fixture.command("org.glossator.uima.ui.recommenderScores");
				Waiting.until(closed::get);
			}, dialog -> {
				Table table = ModalDialogs.all(dialog, Table.class).get(0);
				for (TableItem item : table.getItems()) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < table.getColumnCount(); column++) {
						cells.add(item.getText(column));
					}
					shown.add(cells);
				}
				ModalDialogs.all(dialog, Label.class).forEach(label -> summary.append(label.getText()));
				ModalDialogs.press(ModalDialogs.button(dialog, "Close"));
				closed.set(true);
			});
			assertEquals(expectedRows, shown);
			assertTrue(summary.toString().startsWith(folds + "-fold cross-validation by document on the " + annotated.size() + " documents"),
					summary.toString());
		}
	}

	/**
	 * Replaces the sample document by one document per line of its text, each with the accepted entity mentions and
	 * events (without their arguments) that lie in it, so that there are documents to cross-validate by.
	 *
	 * @return the names of the new text files
	 */
	private static List<String> splitIntoLines(Path folder) throws Exception {
		Path sampleText = folder.resolve(EditorFixture.SAMPLE_TEXT);
		Document sample = CorpusStore.open(folder).load(sampleText);
		String[] lines = sample.getText().split("\n");
		List<String> names = new ArrayList<>();
		for (String line : lines) {
			names.add(String.format(Locale.ROOT, "line-%02d.txt", names.size() + 1));
			Files.writeString(folder.resolve(names.get(names.size() - 1)), line);
		}
		Files.delete(sampleText);
		Files.delete(CorpusLayout.annotationFileOf(sampleText));
		CorpusStore store = CorpusStore.open(folder);
		Schema schema = store.corpus().getSchema();
		int begin = 0;
		for (int i = 0; i < lines.length; i++) {
			Document document = store.load(folder.resolve(names.get(i)));
			int end = begin + lines[i].length();
			for (Annotation annotation : sample.getAnnotations()) {
				if ((annotation instanceof EntityMention || annotation instanceof Event) && annotation.getStatus() == AnnotationStatus.ACCEPTED
						&& annotation.getSpans().size() == 1 && annotation.getSpans().get(0).getBegin() >= begin
						&& annotation.getSpans().get(0).getEnd() <= end) {
					Annotation copy = EcoreUtil.copy(annotation);
					if (copy instanceof Event event) {
						event.getArguments().clear();
					}
					copy.setType(Stream.concat(schema.getEntityTypes().stream(), schema.getEventTypes().stream())
							.filter(type -> type.getName().equals(annotation.getType().getName())).findFirst().orElseThrow());
					Span span = copy.getSpans().get(0);
					span.setBegin(span.getBegin() - begin);
					span.setEnd(span.getEnd() - begin);
					document.getAnnotations().add(copy);
				}
			}
			store.save(document);
			begin = end + 1;
		}
		return names;
	}

	private static List<String> row(String type, Score score) {
		return Arrays.asList(type, String.format(Locale.ROOT, "%.2f", score.precision()), String.format(Locale.ROOT, "%.2f", score.recall()),
				String.format(Locale.ROOT, "%.2f", score.f1()), Integer.toString(score.truePositives()),
				Integer.toString(score.falsePositives()), Integer.toString(score.falseNegatives()));
	}
}
