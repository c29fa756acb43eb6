/**
 */
package org.glossator.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Argument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.Argument#getRole <em>Role</em>}</li>
 *   <li>{@link org.glossator.model.Argument#getFiller <em>Filler</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getArgument()
 * @model
 * @generated
 */
public interface Argument extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of one of the roles of the event's type. A name rather than a reference, because a role only means something within its event type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.glossator.model.GlossatorPackage#getArgument_Role()
	 * @model required="true"
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.glossator.model.Argument#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Filler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filler</em>' reference.
	 * @see #setFiller(Annotation)
	 * @see org.glossator.model.GlossatorPackage#getArgument_Filler()
	 * @model required="true"
	 * @generated
	 */
	Annotation getFiller();

	/**
	 * Sets the value of the '{@link org.glossator.model.Argument#getFiller <em>Filler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filler</em>' reference.
	 * @see #getFiller()
	 * @generated
	 */
	void setFiller(Annotation value);

} // Argument
