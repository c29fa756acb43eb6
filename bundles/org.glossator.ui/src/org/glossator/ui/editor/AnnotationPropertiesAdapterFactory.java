package org.glossator.ui.editor;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertySource;
import org.glossator.model.Annotation;

/** Lets the Properties view show and edit annotations of any editing domain (registered in plugin.xml). */
public class AnnotationPropertiesAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof Annotation annotation) {
			EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(annotation);
			return domain == null ? null : adapterType.cast(new AnnotationProperties(annotation, domain));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
