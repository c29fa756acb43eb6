package org.glossator.uima.engines;

import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Runs engines as a user of plain uimaFIT would, on a type system of their own that knows nothing of Glossator:
 * types {@code my.types.X} for the given short names.
 */
final class PlainUimaFit {

	private PlainUimaFit() {
	}

	static CAS run(String text, List<String> typeNames, AnalysisEngineDescription... engines) throws Exception {
		TypeSystemDescription typeSystem = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		typeNames.forEach(name -> typeSystem.addType("my.types." + name, "", CAS.TYPE_NAME_ANNOTATION));
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		cas.setDocumentText(text);
		SimplePipeline.runPipeline(cas, engines);
		return cas;
	}

	/** The covered texts of the annotations of a type, in text order. */
	static List<String> covered(CAS cas, String typeName) {
		return CasUtil.select(cas, CasUtil.getType(cas, "my.types." + typeName)).stream().map(AnnotationFS::getCoveredText).toList();
	}
}
