/**
 */
package org.glossator.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getType <em>Type</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.glossator.model.Annotation#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getAnnotation()
 * @model abstract="true"
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.glossator.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An entity type for an entity mention, an event type for an event, a relation type for a relation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(AnnotationType)
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Type()
	 * @model required="true"
	 * @generated
	 */
	AnnotationType getType();

	/**
	 * Sets the value of the '{@link org.glossator.model.Annotation#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(AnnotationType value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fragments of text the annotation covers, ordered and disjoint; more than one makes it discontinuous. An event's spans are its trigger; a relation has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spans</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Spans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getSpans();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"accepted"</code>.
	 * The literals are from the enumeration {@link org.glossator.model.AnnotationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.glossator.model.AnnotationStatus
	 * @see #setStatus(AnnotationStatus)
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Status()
	 * @model default="accepted"
	 * @generated
	 */
	AnnotationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.glossator.model.Annotation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.glossator.model.AnnotationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnnotationStatus value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The default value is <code>"human"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "human" or the id of the analysis engine that proposed the annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Origin()
	 * @model default="human"
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.glossator.model.Annotation#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engine's confidence in [0, 1]; null when none was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(Double)
	 * @see org.glossator.model.GlossatorPackage#getAnnotation_Confidence()
	 * @model
	 * @generated
	 */
	Double getConfidence();

	/**
	 * Sets the value of the '{@link org.glossator.model.Annotation#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Double value);

} // Annotation
