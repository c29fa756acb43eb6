/**
 */
package org.glossator.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.EventType#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getEventType()
 * @model
 * @generated
 */
public interface EventType extends AnnotationType {
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getEventType_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

} // EventType
