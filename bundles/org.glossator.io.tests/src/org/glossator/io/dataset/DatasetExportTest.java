package org.glossator.io.dataset;

import static org.glossator.io.TestDocuments.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.FormatRegistry;
import org.glossator.io.SampleCorpus;
import org.glossator.io.conll.ConllExporter;
import org.glossator.io.conll.ConllSegmentation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of ten documents, eight done, exported as a dataset: split, files, manifest, card and losses. */
class DatasetExportTest {

	private static final List<String> FORMATS = List.of("org.glossator.io.jsonl", "org.glossator.io.conll2002");

	@TempDir
	Path corpusFolder;
	@TempDir
	Path out;

	private CorpusStore store;

	@BeforeEach
	void makeCorpus() throws Exception {
		List<String> namesAndTexts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			namesAndTexts.add("d" + i + ".txt");
			namesAndTexts.add("Assad met Putin in Damascus " + i + ".");
		}
		store = CorpusStore.open(SampleCorpus.schemaWithTexts(corpusFolder, namesAndTexts.toArray(String[]::new)));
		for (int i = 0; i < 10; i++) {
			Document document = store.load(Path.of("d" + i + ".txt"));
			mention(store.corpus().getSchema(), document, "T1", "PER", "Assad");
			mention(store.corpus().getSchema(), document, "T2", "GPE", "Damascus").setStatus(i == 0 ? AnnotationStatus.PROPOSED : AnnotationStatus.ACCEPTED);
			document.setStatus(i < 8 ? DocumentStatus.DONE : DocumentStatus.IN_PROGRESS);
			store.save(document);
			store.unload(document);
		}
	}

	@Test
	void writesSplitsFilesManifestCardAndLosses() throws Exception {
		DatasetResult result = DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out.resolve("ds"));
		Path ds = out.resolve("ds");

		List<String> all = new ArrayList<>();
		result.documents().values().forEach(all::addAll);
		Collections.sort(all);
		assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"), all, "the done documents, each in one split");
		assertEquals(List.of(4, 2, 2), Stream.of(Split.values()).map(split -> result.documents().get(split).size()).toList());

		List<String> trainLines = Files.readAllLines(ds.resolve("train/org.glossator.io.jsonl/documents.jsonl"));
		assertEquals(result.documents().get(Split.TRAIN),
				trainLines.stream().map(line -> JsonParser.parseString(line).getAsJsonObject().get("name").getAsString()).toList());
		for (String document : result.documents().get(Split.TEST)) {
			assertTrue(Files.readString(ds.resolve("test/org.glossator.io.conll2002/" + document + ".conll")).startsWith("Assad B-PER\nmet O\n"));
		}
		assertEquals(Files.readString(corpusFolder.resolve("schema.xmi")), Files.readString(ds.resolve("schema.xmi")));

		JsonObject manifest = JsonParser.parseString(Files.readString(ds.resolve(DatasetExport.MANIFEST))).getAsJsonObject();
		assertEquals(7, manifest.getAsJsonObject("settings").get("seed").getAsInt());
		JsonObject train = manifest.getAsJsonObject("splits").getAsJsonObject("train");
		assertEquals(4, train.getAsJsonObject("annotations").get("PER").getAsInt());
		boolean proposalInTrain = result.documents().get(Split.TRAIN).contains("d0");
		assertEquals(proposalInTrain ? 3 : 4, train.getAsJsonObject("annotations").get("GPE").getAsInt());
		assertEquals(1, manifest.getAsJsonObject("losses").getAsJsonObject("org.glossator.io.jsonl")
				.get("not accepted (only accepted annotations are written)").getAsInt());

		String card = Files.readString(ds.resolve(DatasetExport.CARD));
		assertTrue(card.contains("| documents | 4 | 2 | 2 |"), card);
		assertTrue(card.contains("| PER | 4 | 2 | 2 |"), card);
		assertTrue(card.contains("| PER | entity |  | Person |"), card);
		assertTrue(card.contains("- Split by document with seed 7: train 0.5, dev 0.25, test 0.25"), card);
		assertTrue(Files.readString(ds.resolve("losses/org.glossator.io.jsonl.txt")).contains("d0:\n    Annotation T2 (GPE) proposed: not accepted"));
	}

	/** CoNLL's sentences and tokens come from the corpus's segmentation engine or the built-in rules: the dataset says which. */
	@Test
	void manifestAndCardRecordTheSegmentationOfConll() throws Exception {
		DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out.resolve("corpus"));
		DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out.resolve("chosen"), exporter -> {
			if (exporter instanceof ConllExporter conll) {
				conll.useSegmentation(ConllSegmentation.ENGINE);
			}
		});
		// The corpus's pipeline.xml has no segmentation step: built-in rules, unless the engine is chosen.
		assertEquals("builtin", segmentation(out.resolve("corpus")));
		assertEquals("engine", segmentation(out.resolve("chosen")));
		JsonObject choices = manifest(out.resolve("corpus")).getAsJsonObject("settings").getAsJsonObject("formatChoices");
		assertEquals(Set.of("org.glossator.io.conll2002"), choices.keySet(), "JSON lines chooses nothing");
		assertTrue(Files.readString(out.resolve("corpus").resolve(DatasetExport.CARD)).contains("- org.glossator.io.conll2002: segmentation builtin\n"));
		assertTrue(Files.readString(out.resolve("chosen").resolve(DatasetExport.CARD)).contains("- org.glossator.io.conll2002: segmentation engine\n"));
		// The manifests differ in that value only.
		assertEquals(Files.readString(out.resolve("corpus").resolve(DatasetExport.MANIFEST)).replace("\"builtin\"", "\"engine\""),
				Files.readString(out.resolve("chosen").resolve(DatasetExport.MANIFEST)));
	}

	private static JsonObject manifest(Path dataset) throws IOException {
		return JsonParser.parseString(Files.readString(dataset.resolve(DatasetExport.MANIFEST))).getAsJsonObject();
	}

	private static String segmentation(Path dataset) throws IOException {
		return manifest(dataset).getAsJsonObject("settings").getAsJsonObject("formatChoices").getAsJsonObject("org.glossator.io.conll2002")
				.get("segmentation").getAsString();
	}

	@Test
	void sameSeedSameSplitOtherSeedOtherSplit() throws Exception {
		DatasetResult first = DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out.resolve("a"));
		DatasetResult again = DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out.resolve("b"));
		DatasetResult other = DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(8, false, false), out.resolve("c"));
		assertEquals(first.documents(), again.documents());
		assertEquals(Files.readString(out.resolve("a/manifest.json")), Files.readString(out.resolve("b/manifest.json")));
		assertNotEquals(first.documents(), other.documents());
	}

	@Test
	void proposalsCountWhenIncluded() throws Exception {
		DatasetResult result = DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, true, false), out.resolve("ds"));
		assertEquals(8, result.counts().values().stream().mapToInt(counts -> counts.get("GPE")).sum());
		assertEquals(Set.of(), result.losses().get("org.glossator.io.jsonl").countsByReason().keySet());
	}

	@Test
	void zipHoldsTheSameFiles() throws Exception {
		DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, true), out.resolve("ds.zip"));
		try (ZipFile zip = new ZipFile(out.resolve("ds.zip").toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).toList();
			assertTrue(names.containsAll(List.of("README.md", "manifest.json", "schema.xmi", "losses/org.glossator.io.jsonl.txt",
					"train/org.glossator.io.jsonl/documents.jsonl", "dev/org.glossator.io.jsonl/documents.jsonl")), names.toString());
		}
		try (Stream<Path> left = Files.list(out)) {
			assertEquals(List.of(out.resolve("ds.zip")), left.toList(), "no staging folder left behind");
		}
	}

	@Test
	void cancellingWritesNoZipAndLeavesNoStagingFolder() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, true), out.resolve("ds.zip"), exporter -> {
				}, cancelled));
		try (Stream<Path> left = Files.list(out)) {
			assertEquals(List.of(), left.toList(), "neither a zip nor a staging folder");
		}
	}

	@Test
	void refusesAFolderInUseAndBadSettings() throws IOException {
		Files.writeString(out.resolve("old.txt"), "keep me");
		assertThrows(CorpusException.class, () -> DatasetExport.run(store, FormatRegistry.fromPlatform(), settings(7, false, false), out));
		IllegalArgumentException ratios = assertThrows(IllegalArgumentException.class,
				() -> new DatasetSettings(Set.of(DocumentStatus.DONE), FORMATS, false, 1, 0.8, 0.3, 0.1, false));
		assertEquals("the split ratios 0.8, 0.3, 0.1 are not three shares that sum to 1", ratios.getMessage());
		IllegalArgumentException format = assertThrows(IllegalArgumentException.class, () -> DatasetExport.run(store,
				FormatRegistry.fromPlatform(), new DatasetSettings(Set.of(DocumentStatus.DONE), List.of("x"), false, 1, 1, 0, 0, false), out.resolve("x")));
		assertTrue(format.getMessage().startsWith("no format x that can export"), format.getMessage());
	}

	private static DatasetSettings settings(long seed, boolean includeProposals, boolean zip) {
		return new DatasetSettings(Set.of(DocumentStatus.DONE), FORMATS, includeProposals, seed, 0.5, 0.25, 0.25, zip);
	}
}
