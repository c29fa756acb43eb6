package org.glossator.uima;

import java.io.IOException;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Names of the fixed UIMA types every Glossator CAS has ({@code types/GlossatorTypes.xml}), which the types
 * generated from a schema extend. uimaFIT finds the same description through
 * {@code META-INF/org.apache.uima.fit/types.txt} when the bundle is an ordinary jar on a classpath.
 */
public final class GlossatorTypes {

	public static final String FRAGMENT = "org.glossator.type.Fragment";
	public static final String SCHEMA_ANNOTATION = "org.glossator.type.SchemaAnnotation";
	public static final String ENTITY = "org.glossator.type.Entity";
	public static final String EVENT = "org.glossator.type.Event";
	public static final String RELATION = "org.glossator.type.Relation";
	public static final String PARAGRAPH = "org.glossator.type.Paragraph";
	public static final String SENTENCE = "org.glossator.type.Sentence";
	public static final String TOKEN = "org.glossator.type.Token";

	/** Features of {@link #SCHEMA_ANNOTATION}. */
	public static final String ANNOTATION_ID = "annotationId";
	public static final String ORIGIN = "origin";
	public static final String CONFIDENCE = "confidence";
	public static final String FRAGMENTS = "fragments";

	/** Feature of {@link #PARAGRAPH}. */
	public static final String LANGUAGE = "language";

	/** Features of {@link #RELATION}. */
	public static final String SOURCE = "source";
	public static final String TARGET = "target";

	private GlossatorTypes() {
	}

	/** A new copy of the description, which callers may merge into and change. */
	public static TypeSystemDescription description() {
		try {
			return UIMAFramework.getXMLParser().parseTypeSystemDescription(
					new XMLInputSource(GlossatorTypes.class.getResource("types/GlossatorTypes.xml")));
		} catch (InvalidXMLException | IOException e) {
			throw new IllegalStateException("The bundled Glossator type system cannot be read", e);
		}
	}
}
