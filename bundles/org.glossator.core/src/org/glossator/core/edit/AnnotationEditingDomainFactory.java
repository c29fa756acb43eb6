package org.glossator.core.edit;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** Creates the editing domains in which {@link AnnotationCommands} run, with undo and redo. */
public final class AnnotationEditingDomainFactory {

	private AnnotationEditingDomainFactory() {
	}

	/**
	 * A domain with a command stack of its own ({@link CountingCommandStack}) over the given resource set (one domain per
	 * resource set, which remembers it), normally
	 * {@code CorpusStore.resourceSet()}; one per open document keeps undo per document.
	 * The item providers are the reflective ones, registered here rather than globally so
	 * the domain behaves the same inside and outside OSGi. Dispose of the domain's adapter
	 * factory ({@link ComposedAdapterFactory#dispose()}) when the domain is no longer used.
	 */
	public static AdapterFactoryEditingDomain create(ResourceSet resourceSet) {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new CountingCommandStack(), resourceSet);
		// So that AdapterFactoryEditingDomain.getEditingDomainFor(annotation) finds the domain, e.g. for the Properties view.
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
	}
}
