package org.glossator.io.ui.internal.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.glossator.core.store.CorpusException;
import org.glossator.io.Exporter;
import org.glossator.io.Format;
import org.glossator.io.LossReport;
import org.glossator.io.dataset.DatasetExport;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.ui.internal.IoJobs;
import org.glossator.io.ui.internal.losses.ExportLosses;
import org.glossator.io.ui.internal.losses.LossReportView;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/** Writes one document in one format, its loss report beside it in {@code losses/<format id>.txt}, and shows that. */
final class DocumentExportJob extends IoJobs.IoJob {

	/** Until the job runs: the Progress view keeps a job that failed, to show why, not what it worked on. */
	private Document document;
	private Schema schema;
	private final Format format;
	private final Path corpusFolder;
	private final Path folder;

	DocumentExportJob(Document document, Schema schema, Format format, Path corpusFolder, Path folder) {
		super("Exporting " + document.getTextPath() + " as " + format.name());
		this.document = document;
		this.schema = schema;
		this.format = format;
		this.corpusFolder = corpusFolder;
		this.folder = folder;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Document document = this.document;
		Schema schema = this.schema;
		this.document = null;
		this.schema = null;
		if (document == null) {
			return Status.error(getName() + ": an export runs once.");
		}
		LossReport report = new LossReport();
		String lossFile = DatasetExport.LOSSES + "/" + format.id() + ".txt";
		try {
			Exporter exporter = format.newExporter().orElseThrow();
			exporter.prepare(corpusFolder);
			Files.createDirectories(folder.resolve(DatasetExport.LOSSES));
			exporter.exportSchema(schema, folder, report);
			exporter.exportDocument(document, schema, folder, report);
			exporter.finish(folder, report);
			ExportFiles.writeUtf8(folder.resolve(lossFile), report + "\n");
		} catch (CorpusException e) {
			return Status.error(e.getMessage(), e);
		} catch (IOException e) {
			return Status.error("Cannot export " + document.getTextPath() + " to " + folder + ": " + e.getMessage(), e);
		}
		IoJobs.refresh(folder);
		LossReportView.showLater(new ExportLosses(document.getTextPath() + " in " + folder, folder,
				List.of(new ExportLosses.FormatLosses(format.id(), format.name(), report, lossFile))));
		return Status.OK_STATUS;
	}
}
