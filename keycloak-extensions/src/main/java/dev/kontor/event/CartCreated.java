package dev.kontor.event;

import org.keycloak.models.KeycloakSession;

import java.util.Map;

/** {@code cart.created}: the customer reordered (a whole order or chosen lines) into a new cart the shop picks up. */
public record CartCreated(KeycloakSession session, Owner owner, String cartId, String orderId, String orderNumber, int lineCount)
        implements KontorEvent {

    @Override
    public String type() {
        return "cart.created";
    }

    @Override
    public String aggregateId() {
        return cartId;
    }

    @Override
    public Map<String, String> data() {
        return EventData.of(owner).put("cartId", cartId).put("orderId", orderId).put("orderNumber", orderNumber)
                .put("lineCount", lineCount).map();
    }
}
