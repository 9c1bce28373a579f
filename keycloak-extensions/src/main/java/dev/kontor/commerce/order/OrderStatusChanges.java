package dev.kontor.commerce.order;

import dev.kontor.http.ProblemException;
import dev.kontor.event.Actor;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;

/**
 * Status moves an order's shop or ERP reports (the customer's own cancelling is
 * {@link CustomerOrders#cancel}). The caller holds the order's row lock, so the move is checked
 * against the status as it is, not as a parallel call left it. Each move is an event:
 * {@code order.cancelled} (by the shop) or {@code order.status_changed}.
 */
public final class OrderStatusChanges {

    private final KeycloakSession session;
    private final EntityManager em;

    public OrderStatusChanges(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    /**
     * A status the shop reports, at the time it names ({@code at}, null for {@code now}): the move,
     * and the order counts as updated now even when the status was already the target.
     */
    public void report(OrderEntity order, OrderStatus target, String note, Long at, long now) {
        move(order, target, note, at, at != null ? at : now);
        order.setUpdatedAt(now);
    }

    /**
     * A validated move, written to the history; repeating the current status changes nothing (an
     * import sent twice is harmless). A wrong move is 409 {@code invalid_transition}.
     *
     * @param deliveredAt when the goods arrived, if the reporter knows; null for {@code now}
     */
    public void move(OrderEntity order, OrderStatus target, String note, Long deliveredAt, long now) {
        OrderStatus current = OrderStatus.of(order.getStatus());
        if (current == target) {
            return;
        }
        if (!current.canMoveTo(target)) {
            throw ProblemException.conflict("invalid_transition",
                    "An order that is " + current.code() + " cannot become " + target.code() + ".");
        }
        CustomerOrders.changeStatus(em, order, target, note, now);
        if (target == OrderStatus.DELIVERED && deliveredAt != null) {
            order.setDeliveredAt(deliveredAt);
        }
        OrderDetails.refresh(session, em, order);
        KontorEvent.publish(target == OrderStatus.CANCELLED
                ? new OrderEvents.Cancelled(session, order.owner(), order.getId(), order.getNumber(), current.code(), Actor.SHOP, note)
                : new OrderEvents.StatusChanged(session, order.owner(), order.getId(), order.getNumber(), current.code(),
                target.code(), note));
    }
}
