package dev.kontor.commerce.admin;

import dev.kontor.http.AdminCall;
import dev.kontor.http.PageRequest;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.invoice.InvoiceStore;
import dev.kontor.commerce.invoice.InvoiceStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code /admin/realms/{realm}/portal/invoices}: invoices per customer, by status. */
public class AdminInvoicesResource extends AdminCommerceResource {

    public AdminInvoicesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        super(session, realm, auth);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("customerNumber") String customerNumber, @QueryParam("userId") String userId,
                         @QueryParam("email") String email, @QueryParam("status") String status,
                         @QueryParam("first") String first, @QueryParam("max") String max) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            PageRequest page = PageRequest.of(first, max);
            AdminScope scope = AdminScope.of(session, realm, customerNumber, userId, email);
            return Response.ok(InvoiceStore.page(session.getProvider(JpaConnectionProvider.class).getEntityManager(),
                    scope.condition("i"), scope::bind, InvoiceStatus.parameter(status), Times.today(), page.first(), page.max()),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }
}
