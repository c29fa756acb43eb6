package org.glossator.uima.engines;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Level;
import org.apache.uima.util.Logger;

/**
 * Finds the annotation type an engine's rules or lists name: a full UIMA type name, or the short name of exactly
 * one annotation type ({@code DATE} finds {@code org.glossator.schema.DATE} in a Glossator CAS and
 * {@code my.types.DATE} in someone else's), so that rules work with or without a Glossator schema.
 */
final class AnnotationTypes {

	private AnnotationTypes() {
	}

	/**
	 * The types of the given names that the type system has, by name, with a warning for each it lacks: one rules
	 * file or term list can then serve schemas that lack some of its types.
	 */
	static Map<String, Type> findAll(TypeSystem typeSystem, Collection<String> names, Logger logger)
			throws AnalysisEngineProcessException {
		Map<String, Type> types = new HashMap<>();
		for (String name : names) {
			try {
				Type type = find(typeSystem, name);
				if (type == null) {
					logger.log(Level.WARNING, "No annotation type " + name + " in the CAS: skipping what would have it");
				} else {
					types.put(name, type);
				}
			} catch (ResourceInitializationException e) {
				throw new AnalysisEngineProcessException(e);
			}
		}
		return types;
	}

	/** The type, or null if the type system has none of that name. */
	static Type find(TypeSystem typeSystem, String name) throws ResourceInitializationException {
		Type annotation = typeSystem.getType(CAS.TYPE_NAME_ANNOTATION);
		Type exact = typeSystem.getType(name);
		if (exact != null && typeSystem.subsumes(annotation, exact)) {
			return exact;
		}
		List<Type> matches = typeSystem.getProperlySubsumedTypes(annotation).stream()
				.filter(type -> type.getShortName().equals(name))
				.toList();
		if (matches.size() > 1) {
			throw new ResourceInitializationException(new IllegalArgumentException(
					"The type name " + name + " is ambiguous, use one of " + matches.stream().map(Type::getName).toList()));
		}
		return matches.isEmpty() ? null : matches.get(0);
	}
}
