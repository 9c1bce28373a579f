package dev.kontor.commerce.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.invoice.InvoiceView;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashMap;
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

    /** The read model from the tables: five queries. */
    static OrderReadModel load(EntityManager em, OrderEntity order) {
        String orderId = order.getId();
        List<OrderReadModel.LineRow> lines = em.createQuery("select l from OrderLineEntity l where l.orderId = :orderId"
                        + " order by l.position", OrderLineEntity.class)
                .setParameter("orderId", orderId).setHint(READ_ONLY, true).getResultStream()
                .map(l -> new OrderReadModel.LineRow(l.getId(), l.getSku(), l.getName(), l.getQuantity(), l.getUnitPrice(),
                        l.getLineTotal(), l.getTaxRate())).toList();
        // Returns are only taken for delivered orders (CustomerReturns), and delivery sets deliveredAt for good.
        Map<String, Long> returned = order.getDeliveredAt() == null ? Map.of() : returnedQuantities(em, orderId);
        // History, shipments and invoices are read as columns, not entities: nothing for Hibernate to
        // track or dirty-check at commit.
        List<OrderViews.StatusChange> history = em.createQuery("select s.status, s.at, s.note from OrderStatusEntity s"
                        + " where s.orderId = :orderId order by s.at, s.id", Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> new OrderViews.StatusChange((String) r[0], Times.instant((Long) r[1]), (String) r[2])).toList();
        List<OrderViews.Shipment> shipments = em.createQuery("select s.carrier, s.trackingNumber, s.trackingUrl, s.shippedAt"
                        + " from ShipmentEntity s where s.orderId = :orderId order by s.shippedAt, s.id", Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> new OrderViews.Shipment((String) r[0], (String) r[1], (String) r[2], Times.instant((Long) r[3]))).toList();
        List<OrderReadModel.Invoice> invoices = em.createQuery("select i.id, i.number, i.amount, i.currency, i.issuedOn, i.dueOn,"
                        + " i.paidAt, i.documentUrl from InvoiceEntity i where i.orderId = :orderId order by i.issuedOn, i.id",
                        Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> OrderReadModel.Invoice.of((String) r[0], (String) r[1], (java.math.BigDecimal) r[2], (String) r[3],
                        (LocalDate) r[4], (LocalDate) r[5], (Long) r[6], (String) r[7])).toList();
        return OrderReadModel.of(OrderReadModel.Totals.of(order), lines, returned, history, shipments, invoices);
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
        return em.createQuery("select l from OrderLineEntity l where l.orderId = :orderId order by l.position", OrderLineEntity.class)
                .setParameter("orderId", orderId).getResultList();
    }

    /** Pieces per order line in returns that are not rejected. */
    public static Map<String, Long> returnedQuantities(EntityManager em, String orderId) {
        Map<String, Long> returned = new HashMap<>();
        em.createQuery("select rl.orderLineId, sum(rl.quantity) from ReturnLineEntity rl, ReturnEntity r"
                        + " where rl.returnId = r.id and r.orderId = :orderId and r.status <> 'rejected'"
                        + " group by rl.orderLineId", Object[].class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .forEach(row -> returned.put((String) row[0], ((Number) row[1]).longValue()));
        return returned;
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
