package dev.kontor.commerce.order;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.money.Money;
import dev.kontor.event.Actor;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import dev.kontor.readcache.ReadCacheGroups;
import dev.kontor.readcache.ReadCacheProvider;
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

    /**
     * A page of the list, from the read cache: one group per viewer (the login's own orders, or the
     * customer number's for a company admin), cleared by every change to one of its orders.
     */
    public OrderViews.Page list(Filter filter, OrderCursor after, int max) {
        String group = customer.companyWide() ? ReadCacheGroups.ordersOfCustomer(customer.realmId(), customer.customerNumber())
                : ReadCacheGroups.ordersOfLogin(customer.realmId(), customer.userId());
        String key = filter + " " + (after == null ? "" : after.encode()) + " " + max;
        return session.getProvider(ReadCacheProvider.class).get(group, key, () -> load(filter, after, max));
    }

    private OrderViews.Page load(Filter filter, OrderCursor after, int max) {
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

    private OrderEntity visible(OrderEntity order) {
        if (order == null || !customer.sees(order.getRealmId(), order.getUserId(), order.getCustomerNumber())) {
            throw notFound();
        }
        return order;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("order_not_found", "You have no order with this id.");
    }

    /** The order, re-read under a row lock: every change of an order's status or returns takes this lock first. */
    public OrderEntity getLocked(String id) {
        OrderEntity order = get(id);
        OrderLock.lock(em, order);
        return order;
    }

    /**
     * The detail, made from the order's {@link OrderDetails.Source}: that comes from the read cache
     * (cleared by every change to the order), the visibility check and the time-dependent parts
     * (overdue invoices, cancellable, returnable) are done on every request.
     */
    public OrderViews.Detail detail(String id) {
        OrderDetails details = new OrderDetails(em, settings);
        OrderDetails.Source source = id == null || id.length() > 36 ? null
                : session.getProvider(ReadCacheProvider.class).get(ReadCacheGroups.order(customer.realmId(), id), "", () -> {
                    // for reading only: Hibernate keeps no snapshot of it and skips it when flushing
                    OrderEntity order = em.find(OrderEntity.class, id, java.util.Map.of(OrderDetails.READ_ONLY, true));
                    return order == null ? null : details.source(order);
                });
        if (source == null || !customer.sees(source.realmId(), source.userId(), source.customerNumber())) {
            throw notFound();
        }
        return details.of(source);
    }

    public OrderViews.Detail cancel(String id, long now) {
        OrderEntity order = getLocked(id);
        OrderStatus status = OrderStatus.of(order.getStatus());
        if (!OrderDetails.isCancellable(status, settings)) {
            throw ProblemException.conflict("order_not_cancellable",
                    "An order that is " + status.code() + " can no longer be cancelled.");
        }
        changeStatus(em, order, OrderStatus.CANCELLED, "cancelled by the customer", now);
        OrderDetails.refresh(session, em, order);
        KontorEvent.publish(new OrderEvents.Cancelled(session, order.owner(), order.getId(), order.getNumber(), status.code(),
                Actor.CUSTOMER, null));
        return new OrderDetails(em, settings).of(order);
    }

    /**
     * Sets a new status and writes its history entry; the caller has checked the move and then
     * calls {@link OrderDetails#refresh}.
     */
    public static void changeStatus(EntityManager em, OrderEntity order, OrderStatus status, String note, long now) {
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
