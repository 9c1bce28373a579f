package dev.kontor.commerce.returns;

import dev.kontor.http.CustomerCall;
import dev.kontor.commerce.CommerceResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/portal/return-reasons}: the reason codes a return may name. */
public class ReturnReasonsResource extends CommerceResource {

    public ReturnReasonsResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        return run(customer -> Response.ok(ReturnReason.catalogue(), MediaType.APPLICATION_JSON_TYPE));
    }
}
