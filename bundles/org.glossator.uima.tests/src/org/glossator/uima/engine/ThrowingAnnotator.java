package org.glossator.uima.engine;

import org.apache.uima.cas.CAS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;

/** An engine with a bug: it adds an annotation, then fails. */
public class ThrowingAnnotator extends CasAnnotator_ImplBase {

	@Override
	public void process(CAS cas) {
		cas.addFsToIndexes(cas.createAnnotation(cas.getTypeSystem().getType("org.glossator.schema.PER"), 0, 2));
		throw new IllegalStateException("index 7 out of bounds in the test engine");
	}
}
