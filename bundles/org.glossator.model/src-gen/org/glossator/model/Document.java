/**
 */
package org.glossator.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.Document#getTextPath <em>Text Path</em>}</li>
 *   <li>{@link org.glossator.model.Document#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.glossator.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.glossator.model.Document#getStatus <em>Status</em>}</li>
 *   <li>{@link org.glossator.model.Document#getText <em>Text</em>}</li>
 *   <li>{@link org.glossator.model.Document#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @see org.glossator.model.GlossatorPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Text Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the UTF-8 source text, relative to the annotation file. The text itself is never rewritten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Path</em>' attribute.
	 * @see #setTextPath(String)
	 * @see org.glossator.model.GlossatorPackage#getDocument_TextPath()
	 * @model required="true"
	 * @generated
	 */
	String getTextPath();

	/**
	 * Sets the value of the '{@link org.glossator.model.Document#getTextPath <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Path</em>' attribute.
	 * @see #getTextPath()
	 * @generated
	 */
	void setTextPath(String value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the source text's bytes; annotations are only valid against exactly that text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.glossator.model.GlossatorPackage#getDocument_TextHash()
	 * @model required="true"
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.glossator.model.Document#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.glossator.model.GlossatorPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.glossator.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.glossator.model.DocumentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.glossator.model.DocumentStatus
	 * @see #setStatus(DocumentStatus)
	 * @see org.glossator.model.GlossatorPackage#getDocument_Status()
	 * @model
	 * @generated
	 */
	DocumentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.glossator.model.Document#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.glossator.model.DocumentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DocumentStatus value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source text as Java (UTF-16) string, read from textPath when loaded; all span offsets count UTF-16 code units of it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.glossator.model.GlossatorPackage#getDocument_Text()
	 * @model transient="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.glossator.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossator.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.glossator.model.GlossatorPackage#getDocument_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

} // Document
