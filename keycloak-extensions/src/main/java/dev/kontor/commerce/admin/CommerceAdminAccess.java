package dev.kontor.commerce.admin;

import dev.kontor.http.ProblemException;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Who may use the commerce admin API. Back ends hold realm roles of the realm itself
 * ({@value #READ_ROLE}, {@value #WRITE_ROLE}, e.g. the {@code kontor-backend} service account);
 * admins need Keycloak's view-users (read) or manage-users (write) for the realm.
 */
public final class CommerceAdminAccess {

    public static final String READ_ROLE = "portal-orders-read";
    public static final String WRITE_ROLE = "portal-orders-write";

    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public CommerceAdminAccess(RealmModel realm, AdminPermissionEvaluator auth) {
        this.realm = realm;
        this.auth = auth;
    }

    public void requireRead() {
        if (!(hasRealmRole(READ_ROLE) || hasRealmRole(WRITE_ROLE) || auth.users().canView())) {
            throw forbidden("Reading orders needs the realm role " + READ_ROLE + " or view-users.");
        }
    }

    public void requireWrite() {
        if (!(hasRealmRole(WRITE_ROLE) || auth.users().canManage())) {
            throw forbidden("Changing orders needs the realm role " + WRITE_ROLE + " or manage-users.");
        }
    }

    /** Only roles of this realm held by a caller of this realm count (a master admin has none of them). */
    private boolean hasRealmRole(String name) {
        if (!realm.getId().equals(auth.adminAuth().getRealm().getId())) {
            return false;
        }
        RoleModel role = realm.getRole(name);
        return role != null && auth.adminAuth().getUser().hasRole(role);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, "forbidden", detail);
    }
}
