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

import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schema</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.glossator.model.impl.SchemaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.glossator.model.impl.SchemaImpl#getEntityTypes <em>Entity Types</em>}</li>
 *   <li>{@link org.glossator.model.impl.SchemaImpl#getEventTypes <em>Event Types</em>}</li>
 *   <li>{@link org.glossator.model.impl.SchemaImpl#getRelationTypes <em>Relation Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchemaImpl extends MinimalEObjectImpl.Container implements Schema {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntityTypes() <em>Entity Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<EntityType> entityTypes;

	/**
	 * The cached value of the '{@link #getEventTypes() <em>Event Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<EventType> eventTypes;

	/**
	 * The cached value of the '{@link #getRelationTypes() <em>Relation Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<RelationType> relationTypes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossatorPackage.Literals.SCHEMA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossatorPackage.SCHEMA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EntityType> getEntityTypes() {
		if (entityTypes == null) {
			entityTypes = new EObjectContainmentEList<EntityType>(EntityType.class, this, GlossatorPackage.SCHEMA__ENTITY_TYPES);
		}
		return entityTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EventType> getEventTypes() {
		if (eventTypes == null) {
			eventTypes = new EObjectContainmentEList<EventType>(EventType.class, this, GlossatorPackage.SCHEMA__EVENT_TYPES);
		}
		return eventTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RelationType> getRelationTypes() {
		if (relationTypes == null) {
			relationTypes = new EObjectContainmentEList<RelationType>(RelationType.class, this, GlossatorPackage.SCHEMA__RELATION_TYPES);
		}
		return relationTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossatorPackage.SCHEMA__ENTITY_TYPES:
				return ((InternalEList<?>)getEntityTypes()).basicRemove(otherEnd, msgs);
			case GlossatorPackage.SCHEMA__EVENT_TYPES:
				return ((InternalEList<?>)getEventTypes()).basicRemove(otherEnd, msgs);
			case GlossatorPackage.SCHEMA__RELATION_TYPES:
				return ((InternalEList<?>)getRelationTypes()).basicRemove(otherEnd, msgs);
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
			case GlossatorPackage.SCHEMA__NAME:
				return getName();
			case GlossatorPackage.SCHEMA__ENTITY_TYPES:
				return getEntityTypes();
			case GlossatorPackage.SCHEMA__EVENT_TYPES:
				return getEventTypes();
			case GlossatorPackage.SCHEMA__RELATION_TYPES:
				return getRelationTypes();
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
			case GlossatorPackage.SCHEMA__NAME:
				setName((String)newValue);
				return;
			case GlossatorPackage.SCHEMA__ENTITY_TYPES:
				getEntityTypes().clear();
				getEntityTypes().addAll((Collection<? extends EntityType>)newValue);
				return;
			case GlossatorPackage.SCHEMA__EVENT_TYPES:
				getEventTypes().clear();
				getEventTypes().addAll((Collection<? extends EventType>)newValue);
				return;
			case GlossatorPackage.SCHEMA__RELATION_TYPES:
				getRelationTypes().clear();
				getRelationTypes().addAll((Collection<? extends RelationType>)newValue);
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
			case GlossatorPackage.SCHEMA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GlossatorPackage.SCHEMA__ENTITY_TYPES:
				getEntityTypes().clear();
				return;
			case GlossatorPackage.SCHEMA__EVENT_TYPES:
				getEventTypes().clear();
				return;
			case GlossatorPackage.SCHEMA__RELATION_TYPES:
				getRelationTypes().clear();
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
			case GlossatorPackage.SCHEMA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GlossatorPackage.SCHEMA__ENTITY_TYPES:
				return entityTypes != null && !entityTypes.isEmpty();
			case GlossatorPackage.SCHEMA__EVENT_TYPES:
				return eventTypes != null && !eventTypes.isEmpty();
			case GlossatorPackage.SCHEMA__RELATION_TYPES:
				return relationTypes != null && !relationTypes.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //SchemaImpl
