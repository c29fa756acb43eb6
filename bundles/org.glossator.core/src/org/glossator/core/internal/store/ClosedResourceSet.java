package org.glossator.core.internal.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.glossator.model.GlossatorPackage;

/**
 * A resource set that never loads on demand: proxies, such as an annotation's type,
 * resolve only into resources the store has loaded itself, so an href in a file cannot
 * make the store read another file or fetch a URL. What does not resolve stays a proxy
 * and the validator reports it.
 */
public final class ClosedResourceSet extends ResourceSetImpl {

	public ClosedResourceSet() {
		getPackageRegistry().put(GlossatorPackage.eNS_URI, GlossatorPackage.eINSTANCE);
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}
}
