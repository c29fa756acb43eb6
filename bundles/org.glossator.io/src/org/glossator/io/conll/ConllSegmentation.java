package org.glossator.io.conll;

import java.nio.file.Path;
import java.util.Locale;

import org.glossator.core.store.CorpusException;
import org.glossator.io.internal.EngineSegmenter;
import org.glossator.uima.engine.CorpusPipeline;

/** Where the sentences and tokens of a CoNLL export come from. */
public enum ConllSegmentation {
	/** The segmentation engine of corpus pipelines: OpenNLP per language, rules elsewhere. */
	ENGINE,
	/** Java's language-neutral BreakIterator rules. */
	BUILTIN;

	/** The name the command line's {@code --segmentation} and a dataset's manifest give it. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** {@link #ENGINE} when the corpus's pipeline.xml has a segmentation step, else {@link #BUILTIN}. */
	public static ConllSegmentation of(Path corpusFolder) throws CorpusException {
		return CorpusPipeline.load(corpusFolder).steps().stream().anyMatch(step -> step.engineId().equals(EngineSegmenter.ENGINE_ID))
				? ENGINE : BUILTIN;
	}
}
