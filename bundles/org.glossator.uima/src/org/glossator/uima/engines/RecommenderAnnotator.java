package org.glossator.uima.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.glossator.uima.GlossatorTypes;

/**
 * Proposes entity mentions and event triggers with the models the recommender learnt from the corpus's accepted
 * annotations ({@link RecommenderModels#train}, saved into the folder this engine reads), each with the model's
 * probability as confidence. Without models yet it proposes nothing; retraining replaces the files, and the
 * next pipeline that starts uses them.
 */
public class RecommenderAnnotator extends CasAnnotator_ImplBase {

	public static final String PARAM_MODELS = "models";
	@ConfigurationParameter(name = PARAM_MODELS, description = "Folder of the trained models (entities.bin, triggers.bin)")
	private String modelFolder;

	public static final String PARAM_RETRAIN_AFTER_DECISIONS = "retrainAfterDecisions";
	public static final String DEFAULT_RETRAIN_AFTER_DECISIONS = "50";
	/**
	 * Read by the run, not here: {@link RecommenderRetraining} retrains the models before a run once the corpus holds
	 * this many more decisions than when they were trained. Declared so that pipelines may set it.
	 */
	@ConfigurationParameter(name = PARAM_RETRAIN_AFTER_DECISIONS, defaultValue = DEFAULT_RETRAIN_AFTER_DECISIONS,
			description = "Retrain before a run once this many entities and events were accepted or rejected since the last training (0: never)")
	private int retrainAfterDecisions;

	private RecommenderModels models;
	private Recommender recommender;
	private Map<String, Type> types;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			models = RecommenderModels.load(Path.of(modelFolder));
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
		recommender = models.recommender();
	}

	@Override
	public void typeSystemInit(TypeSystem typeSystem) throws AnalysisEngineProcessException {
		types = AnnotationTypes.findAll(typeSystem, models.types(), getLogger());
	}

	@Override
	public void process(CAS cas) {
		for (Recommendation recommendation : recommender.recommend(cas.getDocumentText())) {
			Type type = types.get(recommendation.type());
			if (type != null) {
				AnnotationFS annotation = cas.createAnnotation(type, recommendation.begin(), recommendation.end());
				// Outside a Glossator CAS the type may have no confidence feature.
				Feature confidence = type.getFeatureByBaseName(GlossatorTypes.CONFIDENCE);
				if (confidence != null) {
					annotation.setDoubleValue(confidence, recommendation.probability());
				}
				cas.addFsToIndexes(annotation);
			}
		}
	}
}
