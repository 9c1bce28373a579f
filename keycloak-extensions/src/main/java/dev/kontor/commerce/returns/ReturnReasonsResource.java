package dev.kontor.commerce.returns;

import dev.kontor.commerce.CommerceResource;
import dev.kontor.portal.PortalCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/portal/return-reasons}: the reason codes a return may name. */
public class ReturnReasonsResource extends CommerceResource {

    public ReturnReasonsResource(KeycloakSession session, PortalCors cors) {
        super(session, cors);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        return call.run(customer -> Response.ok(ReturnReason.catalogue(), MediaType.APPLICATION_JSON_TYPE));
    }
}
