package dev.kontor.commerce.cart;

import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.http.CustomerCall;
import dev.kontor.commerce.CommerceResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/portal/carts/{id}}: the shop picks up a reorder cart with the customer's token. */
public class CartsResource extends CommerceResource {

    public CartsResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return run(customer -> Response.ok(new Reorder(session, em(), customer, CommerceSettings.of(realm())).cart(id, System.currentTimeMillis()),
                MediaType.APPLICATION_JSON_TYPE));
    }
}
