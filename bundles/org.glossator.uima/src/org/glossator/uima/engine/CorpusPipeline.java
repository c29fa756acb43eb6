package org.glossator.uima.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.store.CorpusException;

/**
 * The engines a corpus runs, in order, with their parameters: {@value #FILE} in the corpus folder, beside
 * {@code schema.xmi}, so that the pipeline travels with the corpus. Values of an engine's
 * {@linkplain EngineDescriptor#fileParameters() file parameters} may be relative to the corpus folder (a term list
 * {@code lists/GPE.txt} kept in the corpus); a list of paths is comma-separated, so such paths cannot contain
 * commas. See {@link PipelineXml} for the file format.
 */
public record CorpusPipeline(List<PipelineStep> steps) {

	public static final String FILE = "pipeline.xml";

	public CorpusPipeline {
		steps = List.copyOf(steps);
	}

	/** The pipeline of a corpus folder: empty when it has no {@value #FILE} yet. */
	public static CorpusPipeline load(Path corpusFolder) throws CorpusException {
		Path file = corpusFolder.resolve(FILE);
		if (!Files.exists(file)) {
			return new CorpusPipeline(List.of());
		}
		return read(file);
	}

	/** A pipeline from a file of the {@value #FILE} format, wherever it is (a pipeline tried out on a corpus). */
	public static CorpusPipeline read(Path file) throws CorpusException {
		try {
			return new CorpusPipeline(PipelineXml.read(file));
		} catch (IOException e) {
			throw new CorpusException(file, "Cannot read the pipeline " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes the pipeline to the corpus folder, atomically, as the other corpus files are. */
	public void save(Path corpusFolder) throws CorpusException {
		Path file = corpusFolder.resolve(FILE);
		try {
			AtomicFiles.replace(file, out -> PipelineXml.write(steps, out));
		} catch (IOException e) {
			throw new CorpusException(file, "Cannot save the pipeline " + file + ", the previous version is unchanged: " + e, e);
		}
	}

	/**
	 * The steps as installed engines with the steps' parameter values, relative file paths resolved against the
	 * corpus folder.
	 *
	 * @throws IllegalArgumentException if a step names an engine that is not installed
	 */
	public List<EngineDescriptor> engines(EngineRegistry registry, Path corpusFolder) {
		List<EngineDescriptor> engines = new ArrayList<>();
		for (PipelineStep step : steps) {
			EngineDescriptor engine = registry.engine(step.engineId());
			Map<String, String> values = new LinkedHashMap<>(step.parameters());
			values.replaceAll((name, value) -> engine.fileParameters().contains(name) ? resolve(corpusFolder, value) : value);
			engines.add(engine.withParameters(values));
		}
		return engines;
	}

	private static String resolve(Path corpusFolder, String paths) {
		return Arrays.stream(paths.split(","))
				.map(String::strip)
				// A colon marks a URL (file:, bundleentry:) or a Windows drive, neither of which is relative.
				.map(path -> path.isEmpty() || path.contains(":") || Path.of(path).isAbsolute() ? path : corpusFolder.resolve(path).toString())
				.collect(Collectors.joining(","));
	}
}
