/**
 */
package org.glossator.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.glossator.model.GlossatorPackage#getEntityMention()
 * @model
 * @generated
 */
public interface EntityMention extends Annotation {
} // EntityMention
