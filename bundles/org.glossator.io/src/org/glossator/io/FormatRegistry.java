package org.glossator.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The formats known to Glossator. Inside Eclipse they come from the extension point
 * {@value #EXTENSION_POINT}, through which the built-in formats are contributed too;
 * plain Java programs, which have no extension registry, {@linkplain #register(Format)
 * register} the formats they use.
 */
public final class FormatRegistry {

	public static final String EXTENSION_POINT = "org.glossator.io.formats";

	private final Map<String, Format> formats = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	/** The formats contributed to {@value #EXTENSION_POINT} in the running platform. */
	public static FormatRegistry fromPlatform() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException("No extension registry is running: outside Eclipse, create a FormatRegistry and register the formats");
		}
		return fromExtensions(registry);
	}

	/**
	 * The formats contributed to {@value #EXTENSION_POINT} in {@code registry}. A broken
	 * contribution is left out and described in {@link #problems()}, so that one faulty
	 * plugin does not take every format with it.
	 */
	public static FormatRegistry fromExtensions(IExtensionRegistry registry) {
		FormatRegistry formats = new FormatRegistry();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			String name = element.getAttribute("name");
			String extensions = element.getAttribute("extensions");
			if (id == null || name == null || extensions == null) {
				formats.problems.add("A format of " + contributor + " lacks its id, name or extensions");
				continue;
			}
			if (formats.formats.containsKey(id)) {
				formats.problems.add("The format " + id + " of " + contributor + " has the id of another format");
				continue;
			}
			formats.register(new Format(id, name, Arrays.stream(extensions.split(",")).map(String::trim).toList(),
					executable(element, "exporter", Exporter.class), executable(element, "importer", Importer.class)));
		}
		return formats;
	}

	/** Adds a format; its id must be new. */
	public void register(Format format) {
		if (formats.putIfAbsent(format.id(), format) != null) {
			throw new IllegalArgumentException("A format with the id " + format.id() + " is registered already");
		}
	}

	public List<Format> formats() {
		return List.copyOf(formats.values());
	}

	public Optional<Format> format(String id) {
		return Optional.ofNullable(formats.get(id));
	}

	/** Contributions left out because they were incomplete or clashed with another. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/** Creates the class only when asked, so that unused formats never load their code. */
	private static <T> Supplier<T> executable(IConfigurationElement element, String attribute, Class<T> type) {
		if (element.getAttribute(attribute) == null) {
			return null;
		}
		return () -> {
			try {
				return type.cast(element.createExecutableExtension(attribute));
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("The " + attribute + " of format " + element.getAttribute("id") + " from "
						+ element.getContributor().getName() + " cannot be created: " + e.getMessage(), e);
			}
		};
	}
}
