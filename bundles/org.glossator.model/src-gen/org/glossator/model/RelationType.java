/**
 */
package org.glossator.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.RelationType#getSourceTypes <em>Source Types</em>}</li>
 *   <li>{@link org.glossator.model.RelationType#getTargetTypes <em>Target Types</em>}</li>
 *   <li>{@link org.glossator.model.RelationType#isSymmetric <em>Symmetric</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getRelationType()
 * @model
 * @generated
 */
public interface RelationType extends AnnotationType {
	/**
	 * Returns the value of the '<em><b>Source Types</b></em>' reference list.
	 * The list contents are of type {@link org.glossator.model.AnnotationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Types allowed at the source end; empty allows any type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Types</em>' reference list.
	 * @see org.glossator.model.GlossatorPackage#getRelationType_SourceTypes()
	 * @model
	 * @generated
	 */
	EList<AnnotationType> getSourceTypes();

	/**
	 * Returns the value of the '<em><b>Target Types</b></em>' reference list.
	 * The list contents are of type {@link org.glossator.model.AnnotationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Types allowed at the target end; empty allows any type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Types</em>' reference list.
	 * @see org.glossator.model.GlossatorPackage#getRelationType_TargetTypes()
	 * @model
	 * @generated
	 */
	EList<AnnotationType> getTargetTypes();

	/**
	 * Returns the value of the '<em><b>Symmetric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symmetric</em>' attribute.
	 * @see #setSymmetric(boolean)
	 * @see org.glossator.model.GlossatorPackage#getRelationType_Symmetric()
	 * @model
	 * @generated
	 */
	boolean isSymmetric();

	/**
	 * Sets the value of the '{@link org.glossator.model.RelationType#isSymmetric <em>Symmetric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symmetric</em>' attribute.
	 * @see #isSymmetric()
	 * @generated
	 */
	void setSymmetric(boolean value);

} // RelationType
