package org.glossator.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.engines.SegmentationAnnotator;

/**
 * Sentences and tokens from the segmentation engine that corpus pipelines run ({@link SegmentationAnnotator}: OpenNLP
 * models per language where there are some, rules elsewhere), so that an export cuts text as the pipeline's engines
 * see it. The engine starts once and serves text after text; one thread at a time.
 */
public final class EngineSegmenter implements AutoCloseable {

	/** The id under which the engine is contributed, and under which pipeline.xml names it. */
	public static final String ENGINE_ID = "org.glossator.uima.segmentation";

	private final AnalysisEngine engine;
	private final CAS cas;

	public EngineSegmenter() {
		try {
			engine = AnalysisEngineFactory.createEngine(SegmentationAnnotator.class, GlossatorTypes.description());
			cas = engine.newCAS();
		} catch (ResourceInitializationException e) {
			throw new IllegalStateException("The segmentation engine cannot start: " + e.getMessage(), e);
		}
	}

	/** @param language the document's language, or null; each paragraph's own is detected */
	public TextSegmentation segment(String text, String language) {
		cas.reset();
		cas.setDocumentText(text);
		if (language != null) {
			cas.setDocumentLanguage(language);
		}
		try {
			engine.process(cas);
		} catch (AnalysisEngineProcessException e) {
			throw new IllegalStateException("The segmentation engine failed: " + e.getMessage(), e);
		}
		Type sentenceType = cas.getTypeSystem().getType(GlossatorTypes.SENTENCE);
		Type tokenType = cas.getTypeSystem().getType(GlossatorTypes.TOKEN);
		List<Integer> sentenceEnds = new ArrayList<>();
		List<Token> tokens = new ArrayList<>();
		for (AnnotationFS sentence : cas.<AnnotationFS>getAnnotationIndex(sentenceType)) {
			int before = tokens.size();
			int index = sentenceEnds.size();
			cas.<AnnotationFS>getAnnotationIndex(tokenType).subiterator(sentence)
					.forEachRemaining(token -> tokens.add(new Token(token.getBegin(), token.getEnd(), index)));
			if (tokens.size() > before) {
				sentenceEnds.add(sentence.getEnd());
			}
		}
		return new TextSegmentation(sentenceEnds, cuts -> cut(tokens, cuts));
	}

	/** Tokens cut again where a span begins or ends inside one. */
	private static List<Token> cut(List<Token> tokens, NavigableSet<Integer> cuts) {
		List<Token> cut = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			int begin = token.begin();
			for (int at : cuts.subSet(token.begin(), false, token.end(), false)) {
				cut.add(new Token(begin, at, token.sentence()));
				begin = at;
			}
			cut.add(new Token(begin, token.end(), token.sentence()));
		}
		return cut;
	}

	@Override
	public void close() {
		engine.destroy();
	}
}
