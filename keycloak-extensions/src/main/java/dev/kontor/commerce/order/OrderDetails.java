package dev.kontor.commerce.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.invoice.InvoiceView;
import dev.kontor.readcache.ReadCacheGroups;
import dev.kontor.readcache.ReadCacheProvider;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /**
     * What a detail view is made of, copied from the order row and its read model: it holds no
     * entity and nothing that depends on the day or the realm's settings, so the read cache may keep
     * it and share it between requests (none of them changes it).
     */
    public record Source(String id, String realmId, String userId, String customerNumber, String number, String status,
                         long placedAt, Long deliveredAt, String currency, Map<String, Object> billingAddress,
                         Map<String, Object> shippingAddress, OrderReadModel model) {
    }

    public Source source(OrderEntity order) {
        OrderReadModel model = OrderReadModel.parse(order.getDetail());
        if (model == null) {
            model = load(em, order);
        }
        return new Source(order.getId(), order.getRealmId(), order.getUserId(), order.getCustomerNumber(), order.getNumber(),
                order.getStatus(), order.getPlacedAt(), order.getDeliveredAt(), order.getCurrency(),
                snapshot(order.getBillingAddress()), snapshot(order.getShippingAddress()), model);
    }

    public OrderViews.Detail of(OrderEntity order) {
        return of(source(order));
    }

    /** The view on the day it is asked for: overdue invoices, whether it can still be cancelled or returned. */
    public OrderViews.Detail of(Source order) {
        OrderReadModel model = order.model();
        LocalDate today = Times.today();
        List<InvoiceView> invoices = model.invoices().stream()
                .map(i -> i.view(order.id(), order.number(), today)).toList();
        OrderStatus status = OrderStatus.of(order.status());
        LocalDate returnableUntil = returnableUntil(order.status(), order.deliveredAt(), settings);
        return new OrderViews.Detail(order.id(), order.number(), order.status(), Times.instant(order.placedAt()),
                order.currency(), order.billingAddress(), order.shippingAddress(), model.lines(),
                model.costs(), model.statusHistory(), model.shipments(), isCancellable(status, settings),
                Times.date(returnableUntil), invoices);
    }

    /**
     * Rewrites the order's read model from its lines, history, shipments, invoices and returns. Every
     * change to any of them calls this in its own transaction, after its writes (they are flushed
     * first), so the row never shows an older state than the tables. Being the one step every change
     * of an order passes, it also drops the order's cached detail and its owner's cached lists, on
     * every node once the change has committed.
     */
    public static void refresh(KeycloakSession session, EntityManager em, OrderEntity order) {
        em.flush();
        order.setDetail(load(em, order).json());
        session.getProvider(ReadCacheProvider.class).invalidateAfterCommit(ReadCacheGroups.ofOrder(order.getId(), order.owner()));
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
        return returnableUntil(order.getStatus(), order.getDeliveredAt(), settings);
    }

    static LocalDate returnableUntil(String status, Long deliveredAt, CommerceSettings settings) {
        if (!OrderStatus.DELIVERED.code().equals(status) || deliveredAt == null) {
            return null;
        }
        return Times.utcDate(deliveredAt).plusDays(settings.returnWindowDays());
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
            return Collections.unmodifiableMap(SNAPSHOTS.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable address snapshot", e);
        }
    }
}
