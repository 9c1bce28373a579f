package dev.kontor.router;

import dev.kontor.admin.CustomersAdminResource;
import dev.kontor.admin.SecondFactorAdminResource;
import dev.kontor.http.Problem;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.admin.AdminAddressesResource;
import dev.kontor.commerce.admin.AdminInvoicesResource;
import dev.kontor.commerce.admin.AdminOrdersResource;
import dev.kontor.commerce.admin.AdminReturnsResource;
import dev.kontor.commerce.admin.AdminSettingsResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Root of the portal admin API. Sub-resources per user; more (customers, orders) join here.
 */
public class PortalAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public PortalAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** A user's second factor and trusted browsers: view and reset (2FA-6). */
    @Path("users/{userId}/second-factor")
    public SecondFactorAdminResource secondFactor(@PathParam("userId") String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            // Same answer whether the user does not exist or may not be seen: no probing for ids.
            auth.users().requireQuery();
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "user_not_found", "No such user in this realm."));
        }
        return new SecondFactorAdminResource(session, realm, user, auth, adminEvent);
    }

    /** Orders: import, status, shipments, invoices, payments, search per customer (COM-5). */
    @Path("orders")
    public AdminOrdersResource orders() {
        return new AdminOrdersResource(session, realm, auth, adminEvent);
    }

    /** Returns: search per customer, decide, receive, refund (COM-3, COM-5). */
    @Path("returns")
    public AdminReturnsResource returns() {
        return new AdminReturnsResource(session, realm, auth, adminEvent);
    }

    /** A customer's address book, read-only (COM-1, for support). */
    @Path("addresses")
    public AdminAddressesResource addresses() {
        return new AdminAddressesResource(session, realm, auth);
    }

    /** Invoices per customer (COM-4, COM-5). */
    @Path("invoices")
    public AdminInvoicesResource invoices() {
        return new AdminInvoicesResource(session, realm, auth);
    }

    /** The realm's commerce settings: cancellable statuses, return window, cart URL (view-realm / manage-realm). */
    @Path("settings")
    public AdminSettingsResource settings() {
        return new AdminSettingsResource(session, realm, auth, adminEvent);
    }

    /** The customer directory: list, search, upsert, delete, bulk import (REG-1). */
    @Path("customers")
    public CustomersAdminResource customers() {
        return new CustomersAdminResource(session, realm, auth, adminEvent);
    }
}
