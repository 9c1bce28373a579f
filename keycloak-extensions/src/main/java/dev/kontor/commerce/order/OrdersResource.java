package dev.kontor.commerce.order;

import dev.kontor.commerce.CommerceResource;
import dev.kontor.commerce.JsonBody;
import dev.kontor.commerce.cart.Reorder;
import dev.kontor.portal.PageRequest;
import dev.kontor.portal.PortalCors;
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

import java.io.InputStream;

/** {@code /realms/{realm}/portal/orders} (COM-2); the rules are in {@link CustomerOrders} and {@link Reorder}. */
public class OrdersResource extends CommerceResource {

    public OrdersResource(KeycloakSession session, PortalCors cors) {
        super(session, cors);
    }

    /** Newest first; {@code next} is the cursor of the following page, null on the last one. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("max") String max) {
        return call.run(customer -> {
            CustomerOrders.Filter filter = CustomerOrders.Filter.of(status, from, to, q);
            OrderCursor after = OrderCursor.decode(cursor);
            int pageSize = PageRequest.of(null, max).max();
            return Response.ok(new CustomerOrders(session, em(), customer, settings()).list(filter, after, pageSize),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return call.run(customer -> Response.ok(new CustomerOrders(session, em(), customer, settings()).detail(id),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id) {
        return call.run(customer -> Response.ok(new CustomerOrders(session, em(), customer, settings())
                .cancel(id, System.currentTimeMillis()), MediaType.APPLICATION_JSON_TYPE));
    }

    /** Body {@code {}} or none: the whole order; {@code {"lineIds": [...]}}: those lines. */
    @POST
    @Path("{id}/reorder")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reorder(@PathParam("id") String id, InputStream body) {
        return call.run(customer -> {
            OrderEntity order = new CustomerOrders(session, em(), customer, settings()).get(id);
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT);
            Reorder.Input input = bytes.length == 0 ? new Reorder.Input(null) : JsonBody.parse(bytes, Reorder.Input.class);
            Reorder.Result result = new Reorder(session, em(), customer, settings()).reorder(order, input, System.currentTimeMillis());
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(result);
        });
    }
}
