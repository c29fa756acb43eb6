/**
 */
package org.glossator.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.glossator.model.GlossatorPackage#getEntityType()
 * @model
 * @generated
 */
public interface EntityType extends AnnotationType {
} // EntityType
