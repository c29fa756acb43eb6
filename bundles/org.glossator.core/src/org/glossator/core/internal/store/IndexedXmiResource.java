package org.glossator.core.internal.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource that finds objects by ID through an index instead of walking its
 * contents each time: resolving references while loading and EMF's unique-ID check
 * both look up every annotation, which is quadratic without an index. EMF keeps the
 * index up to date as objects are attached and detached; an entry that went stale
 * because an attached object's ID changed is dropped and looked up anew.
 */
public final class IndexedXmiResource extends XMIResourceImpl {

	private boolean indexKnown;

	public IndexedXmiResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/**
	 * Adds the root of a file read whole to this new, empty resource, with the index of its IDs that its reader built
	 * on the way: taking that index spares a walk over every object of the document, which cost the reader a quarter of
	 * a large document's cold load. Without modification tracking or xmi:ids (the reader takes none), that walk does
	 * nothing else.
	 */
	void addIndexed(EObject root, Map<String, EObject> index) {
		if (!getContents().isEmpty() || !getIntrinsicIDToEObjectMap().isEmpty()) {
			throw new IllegalStateException(getURI() + " is not empty");
		}
		if (isTrackingModification()) {
			throw new IllegalStateException("Modification tracking needs its adapter on every object of " + getURI());
		}
		indexKnown = true;
		try {
			getContents().add(root);
		} finally {
			indexKnown = false;
		}
		setIntrinsicIDToEObjectMap(index);
	}

	@Override
	public void attached(EObject eObject) {
		if (!indexKnown) {
			super.attached(eObject);
		}
	}

	@Override
	protected EObject getEObjectByID(String id) {
		Map<String, EObject> index = getIntrinsicIDToEObjectMap();
		EObject indexed = index.get(id);
		if (indexed != null && (indexed.eResource() != this || !id.equals(EcoreUtil.getID(indexed)))) {
			index.remove(id);
		}
		return super.getEObjectByID(id);
	}
}
