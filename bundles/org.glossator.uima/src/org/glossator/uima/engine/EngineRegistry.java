package org.glossator.uima.engine;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The engines contributed to the extension point {@value #EXTENSION_POINT} (schema {@code schema/engines.exsd}),
 * built-in ones included. A contribution that cannot be read (a class that does not load or is no analysis
 * component, a descriptor that is missing) is kept as a problem, with a message naming it, rather than
 * failing the others.
 */
public final class EngineRegistry {

	public static final String EXTENSION_POINT = "org.glossator.uima.engines";

	private final Map<String, EngineDescriptor> engines = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	public EngineRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				EngineDescriptor engine = read(element);
				if (engines.putIfAbsent(engine.id(), engine) != null) {
					problems.add("Engine " + engine.id() + " of " + element.getContributor().getName() + " is contributed twice; the first one counts");
				}
			} catch (IllegalArgumentException | InvalidRegistryObjectException e) {
				problems.add(e.getMessage());
			}
		}
	}

	/** All engines that could be read, in contribution order. */
	public List<EngineDescriptor> engines() {
		return List.copyOf(engines.values());
	}

	/** @throws IllegalArgumentException if no engine has that id */
	public EngineDescriptor engine(String id) {
		EngineDescriptor engine = engines.get(id);
		if (engine == null) {
			throw new IllegalArgumentException("No engine " + id + " is installed; installed are " + engines.keySet());
		}
		return engine;
	}

	/** Messages about contributions that could not be read. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	private static EngineDescriptor read(IConfigurationElement element) {
		String id = element.getAttribute("id");
		Bundle bundle = withClassLoader(ContributorFactoryOSGi.resolve(element.getContributor()));
		ClassLoader classLoader = bundle.adapt(BundleWiring.class).getClassLoader();
		Map<String, String> parameters = new LinkedHashMap<>();
		for (IConfigurationElement parameter : element.getChildren("parameter")) {
			parameters.put(parameter.getAttribute("name"), parameter.getAttribute("value"));
		}
		List<String> produced = Arrays.stream(element.getChildren("produces")).map(type -> type.getAttribute("type")).toList();
		String className = element.getAttribute("class");
		String descriptorPath = element.getAttribute("descriptor");
		String name = element.getAttribute("name");
		IConfigurationElement[] descriptions = element.getChildren("description");
		String description = descriptions.length == 0 ? null : descriptions[0].getValue();
		String fileAttribute = element.getAttribute("fileParameters");
		Set<String> fileParameters = fileAttribute == null ? Set.of()
				: Arrays.stream(fileAttribute.split(",")).map(String::strip).filter(parameter -> !parameter.isEmpty()).collect(Collectors.toSet());
		if (className != null) {
			return new EngineDescriptor(id, name, componentClass(id, bundle, className), null, classLoader, parameters, produced,
					description, fileParameters);
		}
		URL descriptor = descriptorPath == null ? null : classLoader.getResource(descriptorPath);
		if (descriptor == null) {
			throw new IllegalArgumentException("Engine " + id + " of " + bundle.getSymbolicName() + ": its descriptor "
					+ descriptorPath + " is not in the bundle");
		}
		return new EngineDescriptor(id, name, null, descriptor, classLoader, parameters, produced, description, fileParameters);
	}

	/** The bundle itself, or the host of a fragment: fragments have no class loader of their own. */
	private static Bundle withClassLoader(Bundle bundle) {
		List<BundleWire> hosts = bundle.adapt(BundleWiring.class).getRequiredWires(HostNamespace.HOST_NAMESPACE);
		return hosts.isEmpty() ? bundle : hosts.get(0).getProvider().getBundle();
	}

	private static Class<? extends AnalysisComponent> componentClass(String id, Bundle bundle, String className) {
		try {
			return bundle.loadClass(className).asSubclass(AnalysisComponent.class);
		} catch (ClassNotFoundException | ClassCastException e) {
			throw new IllegalArgumentException("Engine " + id + " of " + bundle.getSymbolicName() + ": " + className
					+ " is not an analysis component class of the bundle (" + e + ")", e);
		}
	}
}
