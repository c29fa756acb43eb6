/**
 */
package org.glossator.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.Relation#getSource <em>Source</em>}</li>
 *   <li>{@link org.glossator.model.Relation#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getRelation()
 * @model
 * @generated
 */
public interface Relation extends Annotation {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Annotation)
	 * @see org.glossator.model.GlossatorPackage#getRelation_Source()
	 * @model required="true"
	 * @generated
	 */
	Annotation getSource();

	/**
	 * Sets the value of the '{@link org.glossator.model.Relation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Annotation value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Annotation)
	 * @see org.glossator.model.GlossatorPackage#getRelation_Target()
	 * @model required="true"
	 * @generated
	 */
	Annotation getTarget();

	/**
	 * Sets the value of the '{@link org.glossator.model.Relation#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Annotation value);

} // Relation
