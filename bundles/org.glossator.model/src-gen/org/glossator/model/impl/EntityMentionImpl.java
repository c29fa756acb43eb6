/**
 */
package org.glossator.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.glossator.model.EntityMention;
import org.glossator.model.GlossatorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entity Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EntityMentionImpl extends AnnotationImpl implements EntityMention {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityMentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossatorPackage.Literals.ENTITY_MENTION;
	}

} //EntityMentionImpl
