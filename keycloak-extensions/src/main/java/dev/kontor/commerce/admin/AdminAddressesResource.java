package dev.kontor.commerce.admin;

import dev.kontor.http.AdminCall;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.address.AddressBook;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code /admin/realms/{realm}/portal/addresses?userId=}: a customer's address book, read-only, for support. */
public class AdminAddressesResource extends AdminCommerceResource {

    public AdminAddressesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        super(session, realm, auth);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("userId") String userId, @QueryParam("first") String first, @QueryParam("max") String max) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            if (userId == null || userId.isBlank() || userId.length() > 36) {
                throw ProblemException.badParameter("'userId' is required.");
            }
            AddressBook.Page page = AddressBook.ofUser(em(), realm.getId(), userId, PageRequest.of(first, max));
            return Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        });
    }
}
