package dev.kontor.commerce.returns;

import dev.kontor.commerce.order.OrderDetails;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.order.OrderLineEntity;
import dev.kontor.event.Actor;
import dev.kontor.http.ProblemException;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Returns the customer arranged with the shop or support, recorded by the back end. The same
 * checks and quantity guard as the customer's own request ({@link CustomerReturns}); the return
 * window is not enforced (support may make exceptions), delivery is.
 */
public final class ShopReturns {

    private final KeycloakSession session;
    private final EntityManager em;

    public ShopReturns(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    /** Body of {@code POST /orders/{number}/returns}: lines name order lines by position (0-based), as the import does. */
    public record Input(String reason, String comment, List<Line> lines) {
    }

    public record Line(Integer position, Integer quantity) {
    }

    /**
     * Writes the return for the order the caller has locked, for the order's customer; the event
     * {@code return.requested} names the shop as the one who asked.
     */
    public ReturnEntity record(OrderEntity order, Input input, long now) {
        List<OrderLineEntity> lines = OrderDetails.lines(em, order.getId());
        List<CustomerReturns.LineInput> byId = new ArrayList<>();
        for (int i = 0; input.lines() != null && i < input.lines().size(); i++) {
            Line line = input.lines().get(i);
            Integer position = line == null ? null : line.position();
            if (position == null || position < 0 || position >= lines.size()) {
                throw ProblemException.invalidField("lines[" + i + "].position", "unknown_line", "This order has no such line.");
            }
            byId.add(new CustomerReturns.LineInput(lines.get(position).getId(), line.quantity()));
        }
        CustomerReturns.Input request = new CustomerReturns.Input(order.getId(), input.reason(), input.comment(),
                input.lines() == null ? null : byId);
        String comment = CustomerReturns.validate(request);
        CustomerReturns.requireDelivered(order);
        return CustomerReturns.create(session, order, request, comment, order.getUserId(), Actor.SHOP, now);
    }
}
