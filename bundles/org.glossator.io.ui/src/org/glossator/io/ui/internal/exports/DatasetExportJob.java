package org.glossator.io.ui.internal.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Exporter;
import org.glossator.io.FormatRegistry;
import org.glossator.io.dataset.DatasetExport;
import org.glossator.io.dataset.DatasetResult;
import org.glossator.io.dataset.DatasetSettings;
import org.glossator.io.dataset.Split;
import org.glossator.io.ui.internal.Corpora;
import org.glossator.io.ui.internal.IoJobs;
import org.glossator.io.ui.internal.losses.ExportLosses;
import org.glossator.io.ui.internal.losses.ExportLosses.FormatLosses;
import org.glossator.io.ui.internal.losses.LossReportView;

/**
 * Exports a dataset from the corpus as saved on disk, then shows its loss report. A folder is written beside its
 * place and moved there when complete, so a cancelled or failed export leaves the previous dataset (if any) as it was.
 */
final class DatasetExportJob extends IoJobs.IoJob {

	/** Exporters as the corpus sets them up (CoNLL with its pipeline's segmentation), as the command line has them. */
	private static final Consumer<Exporter> DEFAULTS = exporter -> {
	};

	private final IContainer corpus;
	private final DatasetSettings settings;
	private final Path output;

	DatasetExportJob(IContainer corpus, DatasetSettings settings, Path output) {
		super("Exporting the dataset of " + Corpora.label(corpus));
		this.corpus = corpus;
		this.settings = settings;
		this.output = output;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			CorpusStore store = CorpusStore.open(Corpora.folder(corpus));
			FormatRegistry registry = FormatRegistry.fromPlatform();
			Files.createDirectories(output.getParent());
			DatasetResult result = settings.zip() ? DatasetExport.run(store, registry, settings, output, DEFAULTS, monitor)
					: intoFolder(store, registry, monitor);
			IoJobs.refresh(output);
			ExportLosses losses = new ExportLosses(title(result), output, settings.formats().stream()
					.map(id -> new FormatLosses(id, registry.format(id).orElseThrow().name(), result.losses().get(id),
							DatasetExport.LOSSES + "/" + id + ".txt"))
					.toList());
			LossReportView.showLater(losses);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CorpusException e) {
			return Status.error(e.getMessage(), e);
		} catch (IOException | CoreException e) {
			return Status.error("Cannot export the dataset to " + output + ": " + e.getMessage(), e);
		}
	}

	private DatasetResult intoFolder(CorpusStore store, FormatRegistry registry, IProgressMonitor monitor)
			throws IOException, CorpusException, CoreException {
		Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-");
		try {
			DatasetResult result = DatasetExport.run(store, registry, settings, staging, DEFAULTS, monitor);
			if (Files.exists(output)) {
				delete(output);
			}
			Files.move(staging, output);
			return result;
		} finally {
			if (Files.exists(staging)) {
				delete(staging);
			}
		}
	}

	private static void delete(Path folder) throws CoreException {
		EFS.getLocalFileSystem().getStore(folder.toUri()).delete(EFS.NONE, null);
	}

	private String title(DatasetResult result) {
		List<String> splits = Arrays.stream(Split.values())
				.map(split -> split.folder() + " " + result.documents().get(split).size()).toList();
		return "Dataset of " + Corpora.label(corpus) + " in " + output + " (documents: " + String.join(", ", splits) + ")";
	}
}
