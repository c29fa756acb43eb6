/**
 */
package org.glossator.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.glossator.model.AnnotationType;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.RelationType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relation Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.impl.RelationTypeImpl#getSourceTypes <em>Source Types</em>}</li>
 *   <li>{@link org.glossator.model.impl.RelationTypeImpl#getTargetTypes <em>Target Types</em>}</li>
 *   <li>{@link org.glossator.model.impl.RelationTypeImpl#isSymmetric <em>Symmetric</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationTypeImpl extends AnnotationTypeImpl implements RelationType {
	/**
	 * The cached value of the '{@link #getSourceTypes() <em>Source Types</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationType> sourceTypes;

	/**
	 * The cached value of the '{@link #getTargetTypes() <em>Target Types</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationType> targetTypes;

	/**
	 * The default value of the '{@link #isSymmetric() <em>Symmetric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSymmetric()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYMMETRIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSymmetric() <em>Symmetric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSymmetric()
	 * @generated
	 * @ordered
	 */
	protected boolean symmetric = SYMMETRIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossatorPackage.Literals.RELATION_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationType> getSourceTypes() {
		if (sourceTypes == null) {
			sourceTypes = new EObjectResolvingEList<AnnotationType>(AnnotationType.class, this, GlossatorPackage.RELATION_TYPE__SOURCE_TYPES);
		}
		return sourceTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationType> getTargetTypes() {
		if (targetTypes == null) {
			targetTypes = new EObjectResolvingEList<AnnotationType>(AnnotationType.class, this, GlossatorPackage.RELATION_TYPE__TARGET_TYPES);
		}
		return targetTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSymmetric() {
		return symmetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymmetric(boolean newSymmetric) {
		boolean oldSymmetric = symmetric;
		symmetric = newSymmetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.RELATION_TYPE__SYMMETRIC, oldSymmetric, symmetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossatorPackage.RELATION_TYPE__SOURCE_TYPES:
				return getSourceTypes();
			case GlossatorPackage.RELATION_TYPE__TARGET_TYPES:
				return getTargetTypes();
			case GlossatorPackage.RELATION_TYPE__SYMMETRIC:
				return isSymmetric();
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
			case GlossatorPackage.RELATION_TYPE__SOURCE_TYPES:
				getSourceTypes().clear();
				getSourceTypes().addAll((Collection<? extends AnnotationType>)newValue);
				return;
			case GlossatorPackage.RELATION_TYPE__TARGET_TYPES:
				getTargetTypes().clear();
				getTargetTypes().addAll((Collection<? extends AnnotationType>)newValue);
				return;
			case GlossatorPackage.RELATION_TYPE__SYMMETRIC:
				setSymmetric((Boolean)newValue);
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
			case GlossatorPackage.RELATION_TYPE__SOURCE_TYPES:
				getSourceTypes().clear();
				return;
			case GlossatorPackage.RELATION_TYPE__TARGET_TYPES:
				getTargetTypes().clear();
				return;
			case GlossatorPackage.RELATION_TYPE__SYMMETRIC:
				setSymmetric(SYMMETRIC_EDEFAULT);
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
			case GlossatorPackage.RELATION_TYPE__SOURCE_TYPES:
				return sourceTypes != null && !sourceTypes.isEmpty();
			case GlossatorPackage.RELATION_TYPE__TARGET_TYPES:
				return targetTypes != null && !targetTypes.isEmpty();
			case GlossatorPackage.RELATION_TYPE__SYMMETRIC:
				return symmetric != SYMMETRIC_EDEFAULT;
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
		result.append(" (symmetric: ");
		result.append(symmetric);
		result.append(')');
		return result.toString();
	}

} //RelationTypeImpl
