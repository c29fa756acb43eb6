package org.glossator.uima.engine;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.uima.DocumentCasWriter;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.ProposalReader;
import org.glossator.uima.SchemaTypes;

/**
 * Runs engines in order on documents of one schema and returns what they propose, for
 * {@link org.glossator.uima.ProposalMerge}. The document itself is never changed here, so an engine that fails
 * leaves it as it was. Engines start once, in the constructor, and serve every document; one pipeline serves one
 * thread at a time (its CAS is reused), so run one per thread to use several cores. Pipelines of the same
 * {@link SchemaTypes} start one at a time: UIMA puts the shared type system description into each engine's
 * description and resolves imports in it while starting, which is not safe to do from two threads at once.
 * Processing touches only the pipeline's own engines and CAS.
 */
public final class Pipeline implements AutoCloseable {

	private final SchemaTypes types;
	private final List<EngineDescriptor> descriptors;
	private final List<AnalysisEngine> engines = new ArrayList<>();
	private final CAS cas;

	/** @throws EngineException naming the first engine that cannot start; none stays started then */
	public Pipeline(SchemaTypes types, List<EngineDescriptor> descriptors) throws EngineException {
		this.types = types;
		this.descriptors = List.copyOf(descriptors);
		List<ProcessingResourceMetaData> metaData = new ArrayList<>();
		ProcessingResourceMetaData schema = UIMAFramework.getResourceSpecifierFactory().createProcessingResourceMetaData();
		schema.setTypeSystem(types.description());
		metaData.add(schema);
		synchronized (types) {
			try {
				for (EngineDescriptor descriptor : this.descriptors) {
					AnalysisEngine engine = AnalysisEngines.start(descriptor, types.description());
					engines.add(engine);
					metaData.add(engine.getProcessingResourceMetaData());
				}
				cas = createCas(metaData);
			} catch (EngineException e) {
				close();
				throw e;
			}
		}
	}

	/**
	 * The annotations the engines add to the document's text and accepted annotations, as detached proposals.
	 *
	 * @throws EngineException naming the engine that failed
	 */
	public List<Annotation> propose(Document document) throws EngineException {
		cas.reset();
		new DocumentCasWriter(types).write(document, cas);
		Type schemaAnnotation = cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION);
		Feature annotationId = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		Feature origin = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ORIGIN);
		for (int i = 0; i < engines.size(); i++) {
			String id = descriptors.get(i).id();
			try {
				engines.get(i).process(cas);
			} catch (AnalysisEngineProcessException | RuntimeException e) {
				throw new EngineException(id, "Engine " + id + " failed on " + document.getTextPath() + ": "
						+ AnalysisEngines.causes(e), e);
			}
			// Stamp what this engine added, so every proposal names the engine it came from.
			for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(schemaAnnotation)) {
				if (fs.getStringValue(annotationId) == null && fs.getStringValue(origin) == null) {
					fs.setStringValue(origin, id);
				}
			}
		}
		return new ProposalReader(types).read(cas, document);
	}

	@Override
	public void close() {
		engines.forEach(AnalysisEngine::destroy);
		engines.clear();
	}

	private CAS createCas(List<ProcessingResourceMetaData> metaData) throws EngineException {
		try {
			return CasCreationUtils.createCas(metaData);
		} catch (ResourceInitializationException e) {
			String ids = String.join(", ", descriptors.stream().map(EngineDescriptor::id).toList());
			throw new EngineException(ids, "The type systems of the schema and the engines " + ids + " do not fit together: "
					+ AnalysisEngines.causes(e), e);
		}
	}
}
