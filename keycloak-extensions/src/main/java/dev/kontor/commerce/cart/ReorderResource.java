package dev.kontor.commerce.cart;

import dev.kontor.commerce.CommerceResource;
import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.commerce.order.CustomerOrders;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.http.CustomerCall;
import dev.kontor.http.JsonBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import java.io.InputStream;

/**
 * {@code POST /realms/{realm}/portal/orders/{id}/reorder} (COM-2): a cart from one of the
 * customer's orders. Mounted by the router under the order's path; it lives with the cart because
 * it makes one, so the order package knows nothing of carts.
 */
public class ReorderResource extends CommerceResource {

    private final String orderId;

    public ReorderResource(KeycloakSession session, CustomerCall call, String orderId) {
        super(session, call);
        this.orderId = orderId;
    }

    /** Body {@code {}} or none: the whole order; {@code {"lineIds": [...]}}: those lines. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reorder(InputStream body) {
        return run(customer -> {
            CommerceSettings settings = CommerceSettings.of(realm());
            OrderEntity order = new CustomerOrders(session, em(), customer, settings).get(orderId);
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT);
            Reorder.Input input = bytes.length == 0 ? new Reorder.Input(null) : JsonBody.parse(bytes, Reorder.Input.class);
            Reorder.Result result = new Reorder(session, em(), customer, settings).reorder(order, input, System.currentTimeMillis());
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(result);
        });
    }
}
