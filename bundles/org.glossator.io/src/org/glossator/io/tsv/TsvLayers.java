package org.glossator.io.tsv;

/** The layer names Glossator writes, and the feature names it gives meaning to when reading. */
final class TsvLayers {

	static final String FORMAT = "#FORMAT=WebAnno TSV 3.3";
	static final String ENTITY = "webanno.custom.Entity";
	static final String EVENT = "webanno.custom.Event";
	static final String RELATION = "webanno.custom.Relation";
	static final String ARGUMENTS = "ROLE_" + EVENT + ":arguments_webanno.custom.EventArgumentsLink";
	static final String ANY_ANNOTATION = "uima.tcas.Annotation";
	/** The feature that holds the type; DKPro's named entities call theirs {@code value}. */
	static final String LABEL = "label";
	static final String VALUE = "value";
	/** Glossator's annotation id, kept so that a round trip changes nothing. */
	static final String ID = "id";

	private TsvLayers() {
	}
}
