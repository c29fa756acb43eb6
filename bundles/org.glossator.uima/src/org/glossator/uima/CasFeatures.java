package org.glossator.uima;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

/** The {@linkplain GlossatorTypes fixed types} and their features, looked up once in a CAS's type system. */
final class CasFeatures {

	final Type fragment;
	final Type schemaAnnotation;
	final Feature annotationId;
	final Feature origin;
	final Feature confidence;
	final Feature fragments;
	final Feature source;
	final Feature target;

	CasFeatures(TypeSystem typeSystem) {
		fragment = typeSystem.getType(GlossatorTypes.FRAGMENT);
		schemaAnnotation = typeSystem.getType(GlossatorTypes.SCHEMA_ANNOTATION);
		if (fragment == null || schemaAnnotation == null) {
			throw new IllegalArgumentException("The CAS lacks the Glossator types: create it with SchemaTypes.description()");
		}
		annotationId = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		origin = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.ORIGIN);
		confidence = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.CONFIDENCE);
		fragments = schemaAnnotation.getFeatureByBaseName(GlossatorTypes.FRAGMENTS);
		Type relation = typeSystem.getType(GlossatorTypes.RELATION);
		source = relation.getFeatureByBaseName(GlossatorTypes.SOURCE);
		target = relation.getFeatureByBaseName(GlossatorTypes.TARGET);
	}
}
