package dev.kontor.commerce.order;

import dev.kontor.http.CustomerCall;
import dev.kontor.http.PageRequest;
import dev.kontor.commerce.CommerceResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;


/** {@code /realms/{realm}/portal/orders} (COM-2); the rules are in {@link CustomerOrders}; reorder is the cart's ({@code dev.kontor.commerce.cart.ReorderResource}). */
public class OrdersResource extends CommerceResource {

    public OrdersResource(KeycloakSession session, CustomerCall call) {
        super(session, call);
    }

    /** Newest first; {@code next} is the cursor of the following page, null on the last one. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("max") String max) {
        return run(customer -> {
            CustomerOrders.Filter filter = CustomerOrders.Filter.of(status, from, to, q);
            OrderCursor after = OrderCursor.decode(cursor);
            int pageSize = PageRequest.of(null, max).max();
            return Response.ok(new CustomerOrders(session, em(), customer, CommerceSettings.of(realm())).list(filter, after, pageSize),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return run(customer -> Response.ok(new CustomerOrders(session, em(), customer, CommerceSettings.of(realm())).detail(id),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id) {
        return run(customer -> Response.ok(new CustomerOrders(session, em(), customer, CommerceSettings.of(realm()))
                .cancel(id, System.currentTimeMillis()), MediaType.APPLICATION_JSON_TYPE));
    }
}
