/**
 */
package org.glossator.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.Schema#getName <em>Name</em>}</li>
 *   <li>{@link org.glossator.model.Schema#getEntityTypes <em>Entity Types</em>}</li>
 *   <li>{@link org.glossator.model.Schema#getEventTypes <em>Event Types</em>}</li>
 *   <li>{@link org.glossator.model.Schema#getRelationTypes <em>Relation Types</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getSchema()
 * @model
 * @generated
 */
public interface Schema extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.glossator.model.GlossatorPackage#getSchema_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.glossator.model.Schema#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Entity Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.EntityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Types</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getSchema_EntityTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EntityType> getEntityTypes();

	/**
	 * Returns the value of the '<em><b>Event Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.EventType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Types</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getSchema_EventTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EventType> getEventTypes();

	/**
	 * Returns the value of the '<em><b>Relation Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.RelationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation Types</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getSchema_RelationTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RelationType> getRelationTypes();

} // Schema
