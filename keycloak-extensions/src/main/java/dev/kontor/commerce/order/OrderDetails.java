package dev.kontor.commerce.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.invoice.InvoiceView;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds the detail view of one order from the order row alone: what it shows of lines, history,
 * shipments, invoices and returns is the row's {@link OrderReadModel}, which {@link #refresh} rewrites
 * in the transaction of every change to those rows. A row without one (or with one of another
 * version) is read from the tables with a fixed number of queries, whatever the order's size.
 */
public class OrderDetails {

    static final ObjectMapper SNAPSHOTS = new ObjectMapper();
    /** Hibernate's hint for entities that are only read: no snapshot kept, no dirty check at commit. */
    static final String READ_ONLY = "org.hibernate.readOnly";

    private final EntityManager em;
    private final CommerceSettings settings;

    public OrderDetails(EntityManager em, CommerceSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    public OrderViews.Detail of(OrderEntity order) {
        OrderReadModel model = OrderReadModel.parse(order.getDetail());
        if (model == null) {
            model = load(em, order);
        }
        String currency = order.getCurrency();
        LocalDate today = Times.today();
        List<InvoiceView> invoices = model.invoices().stream()
                .map(i -> i.view(order.getId(), order.getNumber(), today)).toList();
        OrderStatus status = OrderStatus.of(order.getStatus());
        LocalDate returnableUntil = returnableUntil(order, settings);
        return new OrderViews.Detail(order.getId(), order.getNumber(), order.getStatus(), Times.instant(order.getPlacedAt()),
                currency, snapshot(order.getBillingAddress()), snapshot(order.getShippingAddress()), model.lines(),
                model.costs(), model.statusHistory(), model.shipments(), isCancellable(status, settings),
                Times.date(returnableUntil), invoices);
    }

    /**
     * Rewrites the order's read model from its lines, history, shipments, invoices and returns. Every
     * change to any of them calls this in its own transaction, after its writes (they are flushed
     * first), so the row never shows an older state than the tables.
     */
    public static void refresh(EntityManager em, OrderEntity order) {
        em.flush();
        order.setDetail(load(em, order).json());
    }

    /** The read model from the tables: five queries ({@link OrderStore}). */
    static OrderReadModel load(EntityManager em, OrderEntity order) {
        OrderStore store = new OrderStore(em);
        String orderId = order.getId();
        // Returns are only taken for delivered orders (CustomerReturns), and delivery sets deliveredAt for good.
        Map<String, Long> returned = order.getDeliveredAt() == null ? Map.of() : store.returnedQuantities(orderId);
        return OrderReadModel.of(OrderReadModel.Totals.of(order), store.lineRows(orderId), returned, store.history(orderId),
                store.shipments(orderId), store.invoices(orderId));
    }

    public static boolean isCancellable(OrderStatus status, CommerceSettings settings) {
        return settings.cancellableStatuses().contains(status) && status.canMoveTo(OrderStatus.CANCELLED);
    }

    /** Last day a return may be requested: delivery day plus the window; null until delivered. */
    public static LocalDate returnableUntil(OrderEntity order, CommerceSettings settings) {
        if (!OrderStatus.DELIVERED.code().equals(order.getStatus()) || order.getDeliveredAt() == null) {
            return null;
        }
        return Times.utcDate(order.getDeliveredAt()).plusDays(settings.returnWindowDays());
    }

    public static List<OrderLineEntity> lines(EntityManager em, String orderId) {
        return new OrderStore(em).lines(orderId);
    }

    /** Pieces per order line in returns that are not rejected. */
    public static Map<String, Long> returnedQuantities(EntityManager em, String orderId) {
        return new OrderStore(em).returnedQuantities(orderId);
    }

    static Map<String, Object> snapshot(String json) {
        if (json == null) {
            return null;
        }
        try {
            return SNAPSHOTS.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable address snapshot", e);
        }
    }
}
