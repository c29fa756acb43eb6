/**
 */
package org.glossator.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.GlossatorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getTextPath <em>Text Path</em>}</li>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.glossator.model.impl.DocumentImpl#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends MinimalEObjectImpl.Container implements Document {
	/**
	 * The default value of the '{@link #getTextPath() <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextPath()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextPath() <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextPath()
	 * @generated
	 * @ordered
	 */
	protected String textPath = TEXT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected String textHash = TEXT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentStatus STATUS_EDEFAULT = DocumentStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DocumentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossatorPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextPath() {
		return textPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextPath(String newTextPath) {
		String oldTextPath = textPath;
		textPath = newTextPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.DOCUMENT__TEXT_PATH, oldTextPath, textPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextHash() {
		return textHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextHash(String newTextHash) {
		String oldTextHash = textHash;
		textHash = newTextHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.DOCUMENT__TEXT_HASH, oldTextHash, textHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DocumentStatus newStatus) {
		DocumentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.DOCUMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.DOCUMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, GlossatorPackage.DOCUMENT__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossatorPackage.DOCUMENT__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossatorPackage.DOCUMENT__TEXT_PATH:
				return getTextPath();
			case GlossatorPackage.DOCUMENT__TEXT_HASH:
				return getTextHash();
			case GlossatorPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case GlossatorPackage.DOCUMENT__STATUS:
				return getStatus();
			case GlossatorPackage.DOCUMENT__TEXT:
				return getText();
			case GlossatorPackage.DOCUMENT__ANNOTATIONS:
				return getAnnotations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GlossatorPackage.DOCUMENT__TEXT_PATH:
				setTextPath((String)newValue);
				return;
			case GlossatorPackage.DOCUMENT__TEXT_HASH:
				setTextHash((String)newValue);
				return;
			case GlossatorPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case GlossatorPackage.DOCUMENT__STATUS:
				setStatus((DocumentStatus)newValue);
				return;
			case GlossatorPackage.DOCUMENT__TEXT:
				setText((String)newValue);
				return;
			case GlossatorPackage.DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GlossatorPackage.DOCUMENT__TEXT_PATH:
				setTextPath(TEXT_PATH_EDEFAULT);
				return;
			case GlossatorPackage.DOCUMENT__TEXT_HASH:
				setTextHash(TEXT_HASH_EDEFAULT);
				return;
			case GlossatorPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case GlossatorPackage.DOCUMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GlossatorPackage.DOCUMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case GlossatorPackage.DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GlossatorPackage.DOCUMENT__TEXT_PATH:
				return TEXT_PATH_EDEFAULT == null ? textPath != null : !TEXT_PATH_EDEFAULT.equals(textPath);
			case GlossatorPackage.DOCUMENT__TEXT_HASH:
				return TEXT_HASH_EDEFAULT == null ? textHash != null : !TEXT_HASH_EDEFAULT.equals(textHash);
			case GlossatorPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case GlossatorPackage.DOCUMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case GlossatorPackage.DOCUMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case GlossatorPackage.DOCUMENT__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (textPath: ");
		result.append(textPath);
		result.append(", textHash: ");
		result.append(textHash);
		result.append(", language: ");
		result.append(language);
		result.append(", status: ");
		result.append(status);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
