package dev.kontor.commerce.order;

import dev.kontor.commerce.CommerceException;
import jakarta.persistence.EntityManager;

/**
 * Status moves an order's shop or ERP reports (the customer's own cancelling is
 * {@link CustomerOrders#cancel}). The caller holds the order's row lock, so the move is checked
 * against the status as it is, not as a parallel call left it.
 */
public final class OrderStatusChanges {

    private final EntityManager em;

    public OrderStatusChanges(EntityManager em) {
        this.em = em;
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
            throw CommerceException.conflict("invalid_transition",
                    "An order that is " + current.code() + " cannot become " + target.code() + ".");
        }
        CustomerOrders.changeStatus(em, order, target, note, now);
        if (target == OrderStatus.DELIVERED && deliveredAt != null) {
            order.setDeliveredAt(deliveredAt);
        }
        OrderDetails.refresh(em, order);
    }
}
