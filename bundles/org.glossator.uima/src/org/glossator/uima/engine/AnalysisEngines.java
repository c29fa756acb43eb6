package org.glossator.uima.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.apache.uima.resource.metadata.ResourceMetaData;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/** Starts the analysis engine an {@link EngineDescriptor} describes. */
final class AnalysisEngines {

	private AnalysisEngines() {
	}

	/**
	 * @param typeSystem the types of the CAS the engine will see, so that uimaFIT need not scan the class path
	 *            for type systems (which in OSGi finds nothing)
	 */
	static AnalysisEngine start(EngineDescriptor engine, TypeSystemDescription typeSystem) throws EngineException {
		AnalysisEngineDescription description = describe(engine, typeSystem);
		ResourceMetaData metaData = description.getMetaData();
		for (Map.Entry<String, String> parameter : engine.parameters().entrySet()) {
			ConfigurationParameter declaration = metaData.getConfigurationParameterDeclarations()
					.getConfigurationParameter(null, parameter.getKey());
			if (declaration == null) {
				throw new EngineException(engine.id(), "Engine " + engine.id() + " has no parameter " + parameter.getKey(), null);
			}
			metaData.getConfigurationParameterSettings().setParameterValue(parameter.getKey(),
					convert(engine, declaration, parameter.getValue()));
		}
		try {
			ResourceManager resources = UIMAFramework.newDefaultResourceManager();
			// UIMA loads annotator classes by name: from the contributing bundle, not from UIMA's own.
			resources.setExtensionClassLoader(engine.classLoader(), true);
			return UIMAFramework.produceAnalysisEngine(description, resources, null);
		} catch (ResourceInitializationException | RuntimeException e) {
			throw new EngineException(engine.id(), "Engine " + engine.id() + " cannot start: " + causes(e), e);
		}
	}

	/** The parameters the engine declares, with its defaults. */
	static List<ParameterDeclaration> declarations(EngineDescriptor engine, TypeSystemDescription typeSystem) throws EngineException {
		ResourceMetaData metaData = describe(engine, typeSystem).getMetaData();
		List<ParameterDeclaration> declarations = new ArrayList<>();
		for (ConfigurationParameter parameter : metaData.getConfigurationParameterDeclarations().getConfigurationParameters()) {
			Object value = metaData.getConfigurationParameterSettings().getParameterValue(parameter.getName());
			String text = value instanceof Object[] values ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","))
					: value == null ? null : value.toString();
			declarations.add(new ParameterDeclaration(parameter.getName(), parameter.getDescription(), text, parameter.isMandatory()));
		}
		return declarations;
	}

	private static AnalysisEngineDescription describe(EngineDescriptor engine, TypeSystemDescription typeSystem) throws EngineException {
		try {
			if (engine.componentClass() != null) {
				return AnalysisEngineFactory.createEngineDescription(engine.componentClass(), typeSystem);
			}
			return UIMAFramework.getXMLParser().parseAnalysisEngineDescription(new XMLInputSource(engine.descriptor()));
		} catch (ResourceInitializationException | InvalidXMLException | IOException | RuntimeException e) {
			String what = engine.componentClass() != null ? "class " + engine.componentClass().getName() : "descriptor " + engine.descriptor();
			throw new EngineException(engine.id(), "Engine " + engine.id() + " cannot be described from its " + what + ": " + causes(e), e);
		}
	}

	private static Object convert(EngineDescriptor engine, ConfigurationParameter declaration, String text) throws EngineException {
		if (declaration.isMultiValued()) {
			String[] items = text.isBlank() ? new String[0] : text.split(",");
			Object[] values = switch (declaration.getType()) {
				case ConfigurationParameter.TYPE_BOOLEAN -> new Boolean[items.length];
				case ConfigurationParameter.TYPE_INTEGER -> new Integer[items.length];
				case ConfigurationParameter.TYPE_LONG -> new Long[items.length];
				case ConfigurationParameter.TYPE_FLOAT -> new Float[items.length];
				case ConfigurationParameter.TYPE_DOUBLE -> new Double[items.length];
				default -> new String[items.length];
			};
			for (int i = 0; i < items.length; i++) {
				values[i] = convertOne(engine, declaration, items[i].trim());
			}
			return values;
		}
		return convertOne(engine, declaration, text);
	}

	private static Object convertOne(EngineDescriptor engine, ConfigurationParameter declaration, String text) throws EngineException {
		try {
			return switch (declaration.getType()) {
				case ConfigurationParameter.TYPE_BOOLEAN -> Boolean.valueOf(text);
				case ConfigurationParameter.TYPE_INTEGER -> Integer.valueOf(text);
				case ConfigurationParameter.TYPE_LONG -> Long.valueOf(text);
				case ConfigurationParameter.TYPE_FLOAT -> Float.valueOf(text);
				case ConfigurationParameter.TYPE_DOUBLE -> Double.valueOf(text);
				default -> text;
			};
		} catch (NumberFormatException e) {
			throw new EngineException(engine.id(), "Engine " + engine.id() + ": parameter " + declaration.getName() + " needs a "
					+ declaration.getType() + ", not '" + text + "'", e);
		}
	}

	/** The messages down the cause chain: UIMA wraps the telling one a few levels deep. */
	static String causes(Throwable e) {
		StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
		for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
				message.append(" <- ").append(cause.getMessage());
			}
		}
		return message.toString();
	}
}
