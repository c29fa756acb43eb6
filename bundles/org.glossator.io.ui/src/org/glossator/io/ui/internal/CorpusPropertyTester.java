package org.glossator.io.ui.internal;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IResource;

/** {@code org.glossator.io.ui.isCorpus}: whether a resource is a corpus folder, for menus that only make sense on one. */
public final class CorpusPropertyTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IResource resource && Corpora.isCorpus(resource);
	}
}
