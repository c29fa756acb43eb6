package org.glossator.uima.engine;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.glossator.uima.SchemaTypes;

/**
 * An analysis engine as contributed to {@code org.glossator.uima.engines}: either an
 * {@link AnalysisComponent} class (uimaFIT style, parameters from its {@code @ConfigurationParameter} fields) or
 * a UIMA XML analysis engine descriptor, with parameter values that override the defaults and the schema types
 * it can produce.
 *
 * @param componentClass the component, or null for a descriptor engine
 * @param descriptor the XML descriptor, or null for a class engine
 * @param classLoader loads the engine's classes and the resources its descriptor refers to
 * @param parameters parameter values as text: numbers and booleans are converted to the parameter's declared
 *            type, and a multi-valued parameter takes a comma-separated list
 * @param producedTypes names of the types the engine can produce (schema type names or UIMA type names)
 * @param description what the engine does, for the annotator, or null
 * @param fileParameters names of the parameters whose values are file paths (a multi-valued one: a list of them),
 *            which a {@link CorpusPipeline} resolves against the corpus folder when relative
 */
public record EngineDescriptor(String id, String name, Class<? extends AnalysisComponent> componentClass, URL descriptor,
		ClassLoader classLoader, Map<String, String> parameters, List<String> producedTypes, String description,
		Set<String> fileParameters) {

	public EngineDescriptor {
		if ((componentClass == null) == (descriptor == null)) {
			throw new IllegalArgumentException("Engine " + id + " needs either a component class or a descriptor");
		}
		parameters = Map.copyOf(parameters);
		producedTypes = List.copyOf(producedTypes);
		fileParameters = Set.copyOf(fileParameters);
	}

	/**
	 * The parameters the engine declares, with its own defaults (before the values of {@link #parameters()}).
	 *
	 * @param types the types of the schema the engine will run on
	 * @throws EngineException if the engine's class or descriptor cannot be read
	 */
	public List<ParameterDeclaration> declaredParameters(SchemaTypes types) throws EngineException {
		return AnalysisEngines.declarations(this, types.description());
	}

	/** The same engine with more parameter values, which replace those of the same names: a pipeline step's settings. */
	public EngineDescriptor withParameters(Map<String, String> values) {
		Map<String, String> merged = new LinkedHashMap<>(parameters);
		merged.putAll(values);
		return new EngineDescriptor(id, name, componentClass, descriptor, classLoader, merged, producedTypes, description, fileParameters);
	}

	public static EngineDescriptor ofClass(String id, Class<? extends AnalysisComponent> componentClass, Map<String, String> parameters) {
		return new EngineDescriptor(id, id, componentClass, null, componentClass.getClassLoader(), parameters, List.of(), null, Set.of());
	}

	/** A descriptor engine whose classes load with the given loader. */
	public static EngineDescriptor ofDescriptor(String id, URL descriptor, ClassLoader classLoader, Map<String, String> parameters) {
		return new EngineDescriptor(id, id, null, descriptor, classLoader, parameters, List.of(), null, Set.of());
	}
}
