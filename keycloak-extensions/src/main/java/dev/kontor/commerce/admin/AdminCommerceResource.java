package dev.kontor.commerce.admin;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What every commerce admin sub-resource holds: the session, the realm, who may read or change
 * ({@link CommerceAdminAccess}) and the entity manager of the request.
 */
abstract class AdminCommerceResource {

    protected final KeycloakSession session;
    protected final RealmModel realm;
    protected final CommerceAdminAccess access;

    AdminCommerceResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.access = new CommerceAdminAccess(realm, auth);
    }

    protected EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
