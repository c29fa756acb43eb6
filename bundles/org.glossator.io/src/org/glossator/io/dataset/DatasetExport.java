package org.glossator.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Exporter;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.LossReport;
import org.glossator.io.internal.EachDocument;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;

/**
 * Exports a corpus as a dataset: the chosen documents split into train, dev and test, each
 * split in every chosen format ({@code train/<format id>/...}), beside them the corpus's
 * {@code schema.xmi}, {@code manifest.json} (settings, what each format's exporter chose such as
 * CoNLL's segmentation, documents and annotation counts per split and type, losses per format), a dataset card {@code README.md}, and each format's
 * loss report per document in {@code losses/<format id>.txt}. Nothing lands half-written:
 * every file is written atomically, and a zip is written whole or not at all.
 */
public final class DatasetExport {

	public static final String MANIFEST = "manifest.json";
	public static final String CARD = "README.md";
	public static final String LOSSES = "losses";

	private DatasetExport() {
	}

	/** @param output the folder to create (it must be empty or absent), or with {@link DatasetSettings#zip()} the zip file */
	public static DatasetResult run(CorpusStore store, FormatRegistry registry, DatasetSettings settings, Path output)
			throws CorpusException {
		return run(store, registry, settings, output, exporter -> {
		}, new NullProgressMonitor());
	}

	/**
	 * As {@link #run(CorpusStore, FormatRegistry, DatasetSettings, Path)}, with {@code configure} called on every
	 * exporter before it writes (to choose a CoNLL export's segmentation, for example).
	 */
	public static DatasetResult run(CorpusStore store, FormatRegistry registry, DatasetSettings settings, Path output,
			Consumer<Exporter> configure) throws CorpusException {
		return run(store, registry, settings, output, configure, new NullProgressMonitor());
	}

	/**
	 * As {@link #run(CorpusStore, FormatRegistry, DatasetSettings, Path, Consumer)}, reporting one step per document
	 * read and written to {@code monitor}.
	 *
	 * @throws OperationCanceledException when {@code monitor} is cancelled; a zip is then not written
	 */
	public static DatasetResult run(CorpusStore store, FormatRegistry registry, DatasetSettings settings, Path output,
			Consumer<Exporter> configure, IProgressMonitor monitor) throws CorpusException {
		Map<String, Format> formats = new LinkedHashMap<>();
		for (String id : settings.formats()) {
			Format format = registry.format(id).filter(candidate -> candidate.newExporter().isPresent())
					.orElseThrow(() -> new IllegalArgumentException("no format " + id + " that can export: the formats are "
							+ registry.formats().stream().map(Format::id).toList()));
			formats.put(id, format);
		}
		try {
			Path folder = settings.zip() ? Files.createTempDirectory(output.toAbsolutePath().getParent(), ".dataset") : output;
			if (Files.isDirectory(folder)) {
				try (Stream<Path> entries = Files.list(folder)) {
					if (!settings.zip() && entries.findAny().isPresent()) {
						throw new CorpusException(folder, "The dataset folder " + folder + " is not empty; choose a new one");
					}
				}
			}
			SubMonitor progress = SubMonitor.convert(monitor, "Exporting the dataset " + output.getFileName(),
					2 * store.textFiles().size() + 1);
			try {
				DatasetResult result = write(store, formats, settings, folder, configure, progress);
				if (settings.zip()) {
					progress.subTask("Writing " + output.getFileName());
					zip(folder, output);
				}
				return result;
			} finally {
				// the temporary folder of a zip goes, also when cancelled or failed
				if (settings.zip()) {
					deleteTree(folder);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(output, "Cannot export the dataset to " + output + ": " + e, e);
		}
	}

	private static DatasetResult write(CorpusStore store, Map<String, Format> formats, DatasetSettings settings, Path folder,
			Consumer<Exporter> configure, SubMonitor progress) throws IOException, CorpusException {
		List<String> chosen = new ArrayList<>();
		EachDocument.visit(store, document -> {
			progress.split(1);
			if (settings.statuses().contains(document.getStatus())) {
				chosen.add(ExportFiles.baseName(document));
			}
		});
		Map<Split, List<String>> splits = Split.of(chosen, settings);
		Map<String, Split> splitOf = new HashMap<>();
		splits.forEach((split, names) -> names.forEach(name -> splitOf.put(name, split)));

		Map<String, LossReport> losses = new LinkedHashMap<>();
		Map<String, Map<String, String>> choices = new LinkedHashMap<>();
		Map<String, Map<Split, Exporter>> exporters = new LinkedHashMap<>();
		for (Format format : formats.values()) {
			losses.put(format.id(), new LossReport());
			Map<Split, Exporter> perSplit = new EnumMap<>(Split.class);
			for (Split split : Split.values()) {
				Exporter exporter = format.newExporter().orElseThrow();
				exporter.prepare(store.folder());
				configure.accept(exporter);
				Path target = folder.resolve(split.folder()).resolve(format.id());
				Files.createDirectories(target);
				exporter.exportSchema(store.corpus().getSchema(), target, losses.get(format.id()));
				perSplit.put(split, exporter);
			}
			// Every split's exporter is prepared and configured alike: the first tells what they chose.
			choices.put(format.id(), perSplit.get(Split.values()[0]).choices());
			exporters.put(format.id(), perSplit);
		}
		Map<Split, SortedMap<String, Integer>> counts = new EnumMap<>(Split.class);
		for (Split split : Split.values()) {
			counts.put(split, new TreeMap<>());
		}
		EachDocument.visit(store, loaded -> {
			progress.split(1).subTask(loaded.getTextPath());
			Split split = splitOf.get(ExportFiles.baseName(loaded));
			if (split == null) {
				return;
			}
			Document document = settings.includeProposals() ? withProposalsAccepted(loaded) : loaded;
			document.getAnnotations().stream().filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED)
					.forEach(annotation -> counts.get(split).merge(annotation.getType().getName(), 1, Integer::sum));
			for (Map.Entry<String, Map<Split, Exporter>> format : exporters.entrySet()) {
				format.getValue().get(split).exportDocument(document, store.corpus().getSchema(),
						folder.resolve(split.folder()).resolve(format.getKey()), losses.get(format.getKey()));
			}
		});
		for (Map.Entry<String, Map<Split, Exporter>> format : exporters.entrySet()) {
			for (Map.Entry<Split, Exporter> split : format.getValue().entrySet()) {
				split.getValue().finish(folder.resolve(split.getKey().folder()).resolve(format.getKey()), losses.get(format.getKey()));
			}
		}
		DatasetResult result = new DatasetResult(splits, counts, losses, choices);
		ExportFiles.writeUtf8(folder.resolve(CorpusLayout.SCHEMA_FILE), Files.readString(store.folder().resolve(CorpusLayout.SCHEMA_FILE)));
		Files.createDirectories(folder.resolve(LOSSES));
		for (Map.Entry<String, LossReport> report : losses.entrySet()) {
			ExportFiles.writeUtf8(folder.resolve(LOSSES).resolve(report.getKey() + ".txt"), report.getValue().toString() + "\n");
		}
		ExportFiles.writeUtf8(folder.resolve(MANIFEST), DatasetManifest.json(store.corpus(), settings, result));
		ExportFiles.writeUtf8(folder.resolve(CARD), DatasetCard.markdown(store.corpus(), settings, result));
		return result;
	}

	/** A copy in which proposals count as decisions, so that every exporter writes them; rejections stay out. */
	private static Document withProposalsAccepted(Document document) {
		Document copy = EcoreUtil.copy(document);
		copy.setText(document.getText());
		for (Annotation annotation : copy.getAnnotations()) {
			if (annotation.getStatus() == AnnotationStatus.PROPOSED) {
				annotation.setStatus(AnnotationStatus.ACCEPTED);
			}
		}
		return copy;
	}

	private static void zip(Path folder, Path zipFile) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
		}
		AtomicFiles.replace(zipFile, out -> {
			// finished, not closed: AtomicFiles closes the stream it owns after forcing it to disk
			ZipOutputStream zip = new ZipOutputStream(out);
			for (Path file : files) {
				zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
			zip.finish();
		});
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
