package org.glossator.uima.ui.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.engines.RecommenderAnnotator;
import org.glossator.uima.engines.RecommenderModels;
import org.glossator.uima.ui.tests.ModalDialogs;
import org.glossator.uima.ui.tests.Waiting;
import org.glossator.ui.editor.AnnotationEditor;
import org.glossator.ui.tests.EditorFixture;
import org.junit.jupiter.api.Test;

/** The corpus's pipeline run from the workbench: on the open document, on a corpus, and with a broken pipeline. */
class PipelineRunsTest {

	/** What the built-in patterns find in the sample that it has not already got (see PipelineTest of org.glossator.uima). */
	private static final List<String> NEW_ON_SAMPLE = List.of("MONEY $2", "DATE June", "DATE 2012");

	@Test
	void onTheOpenDocumentProposalsArriveAsOneUndoableStepAndUnsavedEditsStay() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Run on Document")) {
			Path folder = patternsPipeline(fixture);
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			Annotation t44 = annotation(editor.getDocument(), "T44");
			editor.getEditingDomain().getCommandStack().execute(new AnnotationCommands(editor.getEditingDomain()).accept(t44));
			Path annotationFile = CorpusLayout.annotationFileOf(folder.resolve(EditorFixture.SAMPLE_TEXT));
			byte[] saved = Files.readAllBytes(annotationFile);
			int before = editor.getDocument().getAnnotations().size();

			fixture.command("org.glossator.uima.ui.runOnDocument");
			Waiting.until(() -> editor.getDocument().getAnnotations().size() > before);
			List<Annotation> added = editor.getDocument().getAnnotations().subList(before, editor.getDocument().getAnnotations().size());
			assertEquals(NEW_ON_SAMPLE, added.stream().map(annotation -> describe(editor.getDocument(), annotation)).toList());
			assertTrue(added.stream().allMatch(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED
					&& "org.glossator.uima.patterns".equals(annotation.getOrigin())));
			assertEquals(AnnotationStatus.ACCEPTED, t44.getStatus(), "the unsaved acceptance is still there");
			assertTrue(editor.isDirty());
			assertArrayEquals(saved, Files.readAllBytes(annotationFile), "nothing was saved behind the editor's back");

			fixture.command("org.eclipse.ui.edit.undo");
			assertEquals(before, editor.getDocument().getAnnotations().size(), "one undo takes the whole run back");
			assertEquals(AnnotationStatus.ACCEPTED, t44.getStatus(), "and only the run");
		}
	}

	@Test
	void onTheCorpusClosedDocumentsAreSavedAndAnOpenOneGetsItsProposalsInItsEditor() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Run on Corpus")) {
			Path folder = withSecondText(fixture);
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			editor.getEditingDomain().getCommandStack()
					.execute(new AnnotationCommands(editor.getEditingDomain()).accept(annotation(editor.getDocument(), "T44")));
			Path sampleFile = CorpusLayout.annotationFileOf(folder.resolve(EditorFixture.SAMPLE_TEXT));
			byte[] saved = Files.readAllBytes(sampleFile);
			int before = editor.getDocument().getAnnotations().size();

			runOnCorpusFromTheProjectExplorer(fixture);
			Waiting.until(() -> editor.getDocument().getAnnotations().size() > before);

			assertEquals(List.of("DATE 5 December 2024"), secondOnDisk(folder), "a closed document gets its proposals saved");
			assertTrue(fixture.project.getFile("second.glossator").exists(), "and the workspace sees its new file");
			assertEquals(NEW_ON_SAMPLE, editor.getDocument().getAnnotations().subList(before, editor.getDocument().getAnnotations().size())
					.stream().map(annotation -> describe(editor.getDocument(), annotation)).toList(), "the open one gets them in its editor");
			assertArrayEquals(saved, Files.readAllBytes(sampleFile), "and its file, behind the unsaved editor, is not written");
			assertEquals(AnnotationStatus.ACCEPTED, annotation(editor.getDocument(), "T44").getStatus());
		}
	}

	/**
	 * The corpus run starts while an editor on one of its documents still loads its annotations (held back by the
	 * project's rule, which the load needs for its Problems markers): that document is left out of the run on the
	 * files and gets its proposals in its editor once loaded, so neither overwrites the other.
	 */
	@Test
	void onTheCorpusADocumentStillLoadingInItsEditorGetsItsProposalsThereOnceLoadedNotOnDisk() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Run on Corpus While Loading")) {
			Path folder = withSecondText(fixture);
			Path sampleFile = CorpusLayout.annotationFileOf(folder.resolve(EditorFixture.SAMPLE_TEXT));
			byte[] saved = Files.readAllBytes(sampleFile);
			int before = CorpusStore.open(folder).load(Path.of(EditorFixture.SAMPLE_TEXT)).getAnnotations().size();

			AnnotationEditor editor = runOnCorpusWhileTheSampleLoads(fixture, loading -> {
			});
			EditorFixture.waitForAnnotations(editor);
			Waiting.until(() -> fixture.project.getFile("second.glossator").exists());
			assertArrayEquals(saved, Files.readAllBytes(sampleFile), "the run on the files left the loading document's file alone");

			Waiting.until(() -> editor.getDocument().getAnnotations().size() > before);
			List<Annotation> annotations = editor.getDocument().getAnnotations();
			assertEquals(NEW_ON_SAMPLE, annotations.subList(before, annotations.size()).stream()
					.map(annotation -> describe(editor.getDocument(), annotation)).toList(), "its editor got the proposals, once each");
			assertTrue(editor.isDirty(), "as unsaved changes");
			assertEquals(List.of("DATE 5 December 2024"), secondOnDisk(folder), "the other document got its proposals on disk");
		}
	}

	@Test
	void onTheCorpusADocumentWhoseEditorClosesWhileLoadingGetsItsProposalsOnDisk() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Run on Corpus Then Close")) {
			Path folder = withSecondText(fixture);
			Path sampleFile = CorpusLayout.annotationFileOf(folder.resolve(EditorFixture.SAMPLE_TEXT));
			byte[] saved = Files.readAllBytes(sampleFile);

			runOnCorpusWhileTheSampleLoads(fixture, loading -> EditorFixture.page().closeEditor(loading, false));
			Waiting.until(() -> {
				try {
					return !Arrays.equals(saved, Files.readAllBytes(sampleFile));
				} catch (IOException e) {
					return false;
				}
			});
			Document sample = CorpusStore.open(folder).load(Path.of(EditorFixture.SAMPLE_TEXT));
			List<String> proposals = sample.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED)
					.map(annotation -> describe(sample, annotation)).toList();
			assertTrue(proposals.containsAll(NEW_ON_SAMPLE), "the closed editor's document got its run on disk: " + proposals);
			Waiting.until(() -> fixture.project.getFile("second.glossator").exists());
			assertEquals(List.of("DATE 5 December 2024"), secondOnDisk(folder), "the other document got its proposals on disk");
		}
	}

	@Test
	void aBrokenPipelineIsNamedAndTheDocumentStaysAsItWas() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Broken Pipeline")) {
			Path folder = fixture.project.getLocation().toPath();
			Files.writeString(folder.resolve(CorpusPipeline.FILE), "<pipeline><step engine=\"org.glossator.uima.patterns\"></pipeline>");
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int before = editor.getDocument().getAnnotations().size();
			StringBuilder told = new StringBuilder();
			ModalDialogs.answer("Cannot run the pipeline of Broken Pipeline", () -> fixture.command("org.glossator.uima.ui.runOnDocument"),
					dialog -> {
						ModalDialogs.all(dialog, Label.class).forEach(label -> told.append(label.getText()));
						ModalDialogs.press(ModalDialogs.button(dialog, "No"));
					});
			assertTrue(told.toString().contains(folder.resolve(CorpusPipeline.FILE).toString()) && told.toString().contains("not well-formed"),
					told.toString());
			assertEquals(before, editor.getDocument().getAnnotations().size());
			assertFalse(editor.isDirty());
		}
	}

	@Test
	void retrainingTheRecommenderSavesItsModelsWithTheCountOfDecisions() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Retrain")) {
			Path folder = fixture.project.getLocation().toPath();
			new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.recommender", Map.of(RecommenderAnnotator.PARAM_MODELS, "models"))))
					.save(folder);
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			fixture.command("org.glossator.uima.ui.retrainRecommender");
			Waiting.until(() -> fixture.project.getFile("models/training.properties").exists());
			assertEquals(RecommenderModels.decisionsIn(editor.getDocument()), RecommenderModels.decisionsSaved(folder.resolve("models")),
					"the sample's accepted and rejected entities and events");
			assertTrue(Files.exists(folder.resolve("models/entities.bin")) && Files.exists(folder.resolve("models/triggers.bin")));
		}
	}

	/** Chooses the fixture's project in the Project Explorer and runs its pipeline there, as its context menu does. */
	private static void runOnCorpusFromTheProjectExplorer(EditorFixture fixture) throws Exception {
		CommonNavigator explorer = (CommonNavigator) EditorFixture.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(fixture.project));
		EditorFixture.settle();
		explorer.getSite().getService(IHandlerService.class).executeCommand("org.glossator.uima.ui.runOnCorpus", null);
	}

	/**
	 * Opens the sample while its annotations cannot load yet (the test keeps the project's rule, which the load needs
	 * for its Problems markers), runs the pipeline on the corpus from the Project Explorer, does what else is asked
	 * meanwhile, then lets the load go on.
	 */
	private static AnnotationEditor runOnCorpusWhileTheSampleLoads(EditorFixture fixture, Consumer<AnnotationEditor> meanwhile)
			throws Exception {
		Job.getJobManager().beginRule(fixture.project, null);
		try {
			AnnotationEditor editor = fixture.openLoading(EditorFixture.SAMPLE_TEXT);
			runOnCorpusFromTheProjectExplorer(fixture);
			EditorFixture.settleFor(300);
			assertTrue(editor.isLoadingAnnotations(), "the run was started while the editor loaded");
			meanwhile.accept(editor);
			return editor;
		} finally {
			Job.getJobManager().endRule(fixture.project);
		}
	}

	/** The sample with a second text beside it and a pipeline of the built-in patterns; the corpus folder. */
	private static Path withSecondText(EditorFixture fixture) throws Exception {
		Path folder = patternsPipeline(fixture);
		Files.writeString(folder.resolve("second.txt"), "Rebels entered Aleppo on 5 December 2024.\n");
		fixture.project.refreshLocal(1, null);
		return folder;
	}

	/** The annotations of the second text as saved. */
	private static List<String> secondOnDisk(Path folder) throws Exception {
		Document second = CorpusStore.open(folder).load(Path.of("second.txt"));
		return second.getAnnotations().stream().map(annotation -> describe(second, annotation)).toList();
	}

	/** A pipeline of the built-in patterns only, in the fixture's corpus folder. */
	private static Path patternsPipeline(EditorFixture fixture) throws Exception {
		Path folder = fixture.project.getLocation().toPath();
		new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.patterns", Map.of()))).save(folder);
		return folder;
	}

	private static Annotation annotation(Document document, String id) {
		return document.getAnnotations().stream().filter(annotation -> annotation.getId().equals(id)).findFirst().orElseThrow();
	}

	private static String describe(Document document, Annotation annotation) {
		return annotation.getType().getName() + " "
				+ document.getText().substring(annotation.getSpans().get(0).getBegin(), annotation.getSpans().get(0).getEnd());
	}
}
