package org.glossator.uima.engine;

import java.util.Map;

/** One step of a {@link CorpusPipeline}: an installed engine, by id, with the corpus's own parameter values. */
public record PipelineStep(String engineId, Map<String, String> parameters) {

	public PipelineStep {
		parameters = Map.copyOf(parameters);
	}
}
