/**
 */
package org.glossator.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.glossator.model.EntityType;
import org.glossator.model.GlossatorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entity Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EntityTypeImpl extends AnnotationTypeImpl implements EntityType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossatorPackage.Literals.ENTITY_TYPE;
	}

} //EntityTypeImpl
