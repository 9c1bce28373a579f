package dev.kontor.commerce.order;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.CommerceAdminView;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.money.Money;
import dev.kontor.event.Actor;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.time.LocalDate;
import java.util.List;

/**
 * "My orders" (COM-2): the list with filters and keyset paging, the detail, and cancelling. Every
 * lookup goes through {@link CustomerScope#visibleCondition}, so another customer's order is simply
 * not found.
 */
public class CustomerOrders {

    public static final int MAX_Q_LENGTH = 100;

    private final KeycloakSession session;
    private final EntityManager em;
    private final CustomerScope customer;
    private final CommerceSettings settings;

    public CustomerOrders(KeycloakSession session, EntityManager em, CustomerScope customer, CommerceSettings settings) {
        this.session = session;
        this.em = em;
        this.customer = customer;
        this.settings = settings;
    }

    /** Query of {@code GET /orders}; every part optional. */
    public record Filter(OrderStatus status, LocalDate from, LocalDate to, String q) {

        public static Filter of(String status, String from, String to, String q) {
            OrderStatus parsed = null;
            if (status != null && !status.isBlank()) {
                parsed = OrderStatus.parse(status.trim()).orElseThrow(() -> ProblemException.badParameter(
                        "'status' must be one of placed, processing, shipped, delivered, cancelled."));
            }
            LocalDate fromDate = Times.parseDateParameter("from", from);
            LocalDate toDate = Times.parseDateParameter("to", to);
            if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
                throw ProblemException.badParameter("'to' must not be before 'from'.");
            }
            String query = q == null || q.isBlank() ? null : q.trim();
            if (query != null && query.length() > MAX_Q_LENGTH) {
                throw ProblemException.badParameter("'q' is longer than " + MAX_Q_LENGTH + " characters.");
            }
            return new Filter(parsed, fromDate, toDate, query);
        }
    }

    public OrderViews.Page list(Filter filter, OrderCursor after, int max) {
        List<SummaryRow> rows = new OrderStore(em).summaries(customer, filter, after, max + 1);
        boolean more = rows.size() > max;
        List<SummaryRow> page = more ? rows.subList(0, max) : rows;
        String next = more ? new OrderCursor(page.get(max - 1).placedAt(), page.get(max - 1).id()).encode() : null;
        return new OrderViews.Page(page.stream().map(SummaryRow::summary).toList(), next);
    }

    /** The columns of an order summary, as the list query selects them. */
    public record SummaryRow(String id, String number, String status, long placedAt, java.math.BigDecimal total,
                             String currency, int itemCount) {

        OrderViews.Summary summary() {
            return new OrderViews.Summary(id, number, status, Times.instant(placedAt), Money.of(total, currency), itemCount);
        }
    }

    public OrderEntity get(String id) {
        return visible(id == null || id.length() > 36 ? null : em.find(OrderEntity.class, id));
    }

    /** The order for reading only: Hibernate keeps no snapshot of it and skips it when flushing. */
    private OrderEntity getForReading(String id) {
        return visible(id == null || id.length() > 36 ? null
                : em.find(OrderEntity.class, id, java.util.Map.of(OrderDetails.READ_ONLY, true)));
    }

    private OrderEntity visible(OrderEntity order) {
        if (order == null || !customer.sees(order.getRealmId(), order.getUserId(), order.getCustomerNumber())) {
            throw ProblemException.notFound("order_not_found", "You have no order with this id.");
        }
        return order;
    }

    /** The order, re-read under a row lock: every change of an order's status or returns takes this lock first. */
    public OrderEntity getLocked(String id) {
        OrderEntity order = get(id);
        OrderLock.lock(em, order);
        return order;
    }

    public OrderViews.Detail detail(String id) {
        return new OrderDetails(em, settings).of(getForReading(id));
    }

    public OrderViews.Detail cancel(String id, long now) {
        OrderEntity order = getLocked(id);
        OrderStatus status = OrderStatus.of(order.getStatus());
        if (!OrderDetails.isCancellable(status, settings)) {
            throw ProblemException.conflict("order_not_cancellable",
                    "An order that is " + status.code() + " can no longer be cancelled.");
        }
        changeStatus(em, order, OrderStatus.CANCELLED, "cancelled by the customer", now);
        OrderDetails.refresh(em, order);
        KontorEvent.publish(new OrderEvents.Cancelled(session, order.owner(), order.getId(), order.getNumber(), status.code(),
                Actor.CUSTOMER, null));
        return new OrderDetails(em, settings).of(order);
    }

    /**
     * Sets a new status and writes its history entry; the caller has checked the move and then
     * calls {@link OrderDetails#refresh}.
     */
    public static void changeStatus(EntityManager em, OrderEntity order, OrderStatus status, String note, long now) {
        CommerceAdminView.touch(order.getRealmId(), order.getUserId());
        order.setStatus(status.code());
        order.setUpdatedAt(now);
        if (status == OrderStatus.DELIVERED) {
            order.setDeliveredAt(now);
        }
        OrderStatusEntity change = new OrderStatusEntity();
        change.setId(KeycloakModelUtils.generateId());
        change.setOrderId(order.getId());
        change.setStatus(status.code());
        change.setAt(now);
        change.setNote(note);
        em.persist(change);
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Row locks on orders, and what a lock that cannot be had in time means for the caller. */
    public static final class OrderLock {

        private OrderLock() {
        }

        public static void lock(EntityManager em, OrderEntity order) {
            try {
                em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            } catch (jakarta.persistence.PersistenceException | org.keycloak.models.ModelException e) {
                // lock timeout or deadlock victim: the other request wins, this one may simply retry.
                // Keycloak's entity manager converts persistence exceptions into ModelExceptions.
                throw ProblemException.conflict("order_busy", "The order is being changed right now. Try again.");
            }
        }
    }
}
